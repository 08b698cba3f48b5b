package io.aisle.lab.catalog;

import io.aisle.catalog.BulkProduct;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up products for {@code seed-catalog}: product {@code n} (from 1) is the same for the same seed whatever
 * else is generated, so a second run with a larger N adds exactly the missing products. Each has a brand, a model
 * word and a noun in its name, three features in its description, 1 to 18 variants (sizes, colours, formats...),
 * 0 to 12 reviews, prices and stock per variant, some on sale, some sold out.
 */
final class ProductGenerator {

    static final String SKU_PREFIX = "SEED-";
    private static final List<String> AUTHORS = List.of("Alex M.", "Sam K.", "Jordan P.", "Riley T.", "Casey L.",
            "Morgan D.", "Taylor R.", "Jamie S.", "Avery N.", "Quinn B.", "Harper W.", "Rowan F.");
    private static final String[][] REVIEWS = {
        {"Disappointing", "It stopped working after a few weeks and felt cheaper than the pictures suggest."},
        {"Not for me", "It does the job, but I expected more for the price."},
        {"Fine", "Does what it says. Nothing special, nothing wrong."},
        {"Good value", "Well made and arrived quickly. I would buy it again."},
        {"Excellent", "Exactly what I wanted: great quality and it looks even better in person."}};

    private final long seed;
    private final Instant now;

    ProductGenerator(long seed, Instant now) {
        this.seed = seed;
        this.now = now;
    }

    static String sku(int n) {
        return SKU_PREFIX + String.format(Locale.ROOT, "%07d", n);
    }

    BulkProduct product(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        Vocabulary v = Vocabulary.CATEGORIES.get(random.nextInt(Vocabulary.CATEGORIES.size()));
        String brand = pick(random, Vocabulary.BRANDS);
        String noun = pick(random, v.nouns());
        List<String> features = new ArrayList<>(v.features());
        java.util.Collections.shuffle(features, random);
        String title = capitalise(noun);
        String name = brand + " " + pick(random, Vocabulary.MODELS) + " " + title + " " + (100 + random.nextInt(900));
        String description = title + " with " + features.get(0) + ", " + features.get(1) + " and " + features.get(2)
                + ". Made by " + brand + " for everyday use.";
        String meaning = title + ". " + v.name() + ". " + title + " with " + features.get(0) + ".";
        int baseCents = v.lowestCents() + random.nextInt(v.highestCents() - v.lowestCents());
        boolean onSale = random.nextInt(100) < 15;
        List<Vocabulary.Option> options = chosenOptions(random, v);
        List<List<String>> values = new ArrayList<>();
        for (Vocabulary.Option option : options) {
            values.add(values(random, option));
        }
        List<BulkProduct.Variant> variants = new ArrayList<>();
        combine(values, 0, new ArrayList<>(), combination -> {
            int cents = baseCents;
            for (int i = 0; i < combination.size(); i++) {
                cents += options.get(i).centsPerStep() * options.get(i).values().indexOf(combination.get(i));
            }
            BigDecimal price = BigDecimal.valueOf(cents - cents % 100 + 99, 2);
            BigDecimal compareAt = onSale ? price.multiply(BigDecimal.valueOf(125, 2)).setScale(0, java.math.RoundingMode.UP)
                    .subtract(BigDecimal.valueOf(1, 2)) : null;
            int stock = random.nextInt(100) < 12 ? 0 : 1 + random.nextInt(60);
            String suffix = combination.stream().map(s -> s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", ""))
                    .reduce("", (a, b) -> a + "-" + b);
            variants.add(new BulkProduct.Variant(sku(n) + suffix, List.copyOf(combination), price, compareAt, stock));
        });
        return new BulkProduct(sku(n), name, brand, v.slug(), description, meaning,
                v.slug().equals("books") ? "reduced" : "standard", 100 + random.nextInt(4_900),
                now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60))),
                options.stream().map(Vocabulary.Option::name).toList(), variants, reviews(random));
    }

    /** Most products of a category with options have the first, some the second as well; a few have none. */
    private static List<Vocabulary.Option> chosenOptions(Random random, Vocabulary v) {
        List<Vocabulary.Option> chosen = new ArrayList<>();
        if (!v.options().isEmpty() && random.nextInt(100) < 70) {
            chosen.add(v.options().get(0));
            if (v.options().size() > 1 && random.nextBoolean()) {
                chosen.add(v.options().get(1));
            }
        }
        return chosen;
    }

    private static List<String> values(Random random, Vocabulary.Option option) {
        List<String> all = option.values();
        int count = 1 + random.nextInt(Math.min(all.size(), option.contiguous() ? 4 : 3));
        if (option.contiguous()) {
            int from = random.nextInt(all.size() - count + 1);
            return all.subList(from, from + count);
        }
        List<String> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }

    private static void combine(List<List<String>> values, int at, List<String> prefix,
            java.util.function.Consumer<List<String>> each) {
        if (at == values.size()) {
            each.accept(prefix);
            return;
        }
        for (String value : values.get(at)) {
            prefix.add(value);
            combine(values, at + 1, prefix, each);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** A product's quality decides its reviews' stars; many products have none, a few have many. */
    private static List<BulkProduct.Review> reviews(Random random) {
        int count = random.nextInt(100) < 35 ? 0 : 1 + (int) Math.min(11, -Math.log(1 - random.nextDouble()) * 3);
        double quality = 2.5 + random.nextDouble() * 2.5;
        List<BulkProduct.Review> reviews = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int stars = (int) Math.max(1, Math.min(5, Math.round(quality + random.nextGaussian() * 0.8)));
            String[] text = REVIEWS[stars - 1];
            reviews.add(new BulkProduct.Review(AUTHORS.get((i + random.nextInt(AUTHORS.size())) % AUTHORS.size()), stars,
                    text[0] + ". " + text[1]));
        }
        return reviews;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
