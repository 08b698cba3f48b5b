package io.aisle.lab.catalog;

import io.aisle.catalog.BulkProduct;
import io.aisle.catalog.CatalogBulkLoad;
import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * {@code seed-catalog --products=N [--seed=S] [--force]}: makes the catalog hold products SEED-0000001 to
 * SEED-N (generated, see {@link ProductGenerator}), adding those that are missing in chunks of 1,000, each chunk
 * whole or not at all. Run again, it adds nothing (or the missing ones, after a crash or with a larger N); two
 * runs at once write each product once. Refuses (exit 1) a shop with products of its own (other than the sample
 * catalog) unless {@code --force}: generated products would be sold beside real ones.
 */
@Component
class SeedCatalogCommand implements AisleCommand {

    static final int CHUNK = 1_000;
    static final int MAX_PRODUCTS = 2_000_000;

    private final CatalogBulkLoad catalog;
    private final CatalogSeeding seeding;
    private final Clock clock;

    SeedCatalogCommand(CatalogBulkLoad catalog, CatalogSeeding seeding, Clock clock) {
        this.catalog = catalog;
        this.seeding = seeding;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "seed-catalog";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("products", "seed", "force"));
        int wanted = arguments.intOption("products", -1);
        if (wanted < 1 || wanted > MAX_PRODUCTS) {
            throw new IllegalArgumentException("--products must be between 1 and " + MAX_PRODUCTS);
        }
        long own = catalog.productsBesides(ProductGenerator.SKU_PREFIX);
        if (own > 0 && !arguments.flag("force")) {
            out.printf("Refused: this shop has %,d products of its own; generated products would be sold beside them. "
                    + "Use a fresh AISLE_HOME, or --force to add them anyway.%n", own);
            return 1;
        }
        for (int i = 0; i < Vocabulary.CATEGORIES.size(); i++) {
            catalog.ensureCategory(Vocabulary.CATEGORIES.get(i).slug(), Vocabulary.CATEGORIES.get(i).name(), i);
        }
        seeding.forgetPictures(); // each run uploads its own: an earlier run's may have been deleted since
        ProductGenerator generator = new ProductGenerator(arguments.intOption("seed", 42), clock.instant());
        long start = System.nanoTime();
        int[] totals = new int[5];
        int shownTenth = -1;
        for (int from = 1; from <= wanted; from += CHUNK) {
            write(generator, from, Math.min(wanted, from + CHUNK - 1), totals);
            int tenth = (int) ((long) Math.min(wanted, from + CHUNK - 1) * 10 / wanted);
            if (tenth != shownTenth) {
                shownTenth = tenth;
                out.printf("%,d of %,d products (%.0f s)%n", Math.min(wanted, from + CHUNK - 1), wanted,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        out.printf("Added %,d products (%,d variants, %,d reviews, %,d pictures) in %.1f s; %,d were there already.%n",
                totals[0], totals[1], totals[2], totals[3], (System.nanoTime() - start) / 1e9, totals[4]);
        return 0;
    }

    private void write(ProductGenerator generator, int from, int to, int[] totals) {
        List<String> skus = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            skus.add(ProductGenerator.sku(n));
        }
        Set<String> existing = catalog.existingSkus(skus);
        List<BulkProduct> products = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            if (!existing.contains(ProductGenerator.sku(n))) {
                products.add(generator.product(n));
            }
        }
        totals[4] += existing.size();
        if (products.isEmpty()) {
            return;
        }
        try {
            CatalogSeeding.Written written = seeding.write(products);
            totals[0] += written.products();
            totals[1] += written.variants();
            totals[2] += written.reviews();
            totals[3] += written.pictures();
        } catch (DuplicateKeyException e) {
            // another run wrote some of these meanwhile: this chunk changed nothing; write what is still missing
            seeding.forgetPictures();
            totals[4] -= existing.size();
            write(generator, from, to, totals);
        }
    }
}
