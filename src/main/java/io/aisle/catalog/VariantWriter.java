package io.aisle.catalog;

import io.aisle.catalog.data.OptionRepository;
import io.aisle.catalog.data.ProductRepository;
import io.aisle.catalog.data.VariantRepository;
import io.aisle.catalog.data.VariantRepository.VariantDetails;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a product's options and variants from a {@link ProductForm}, inside the product's create or update: checks
 * that every variant has one value per option, that no two variants are the same combination and that no SKU is
 * another product's; matches the form's variants to the stored ones by SKU (kept, and their stock with them), adds
 * new ones with their starting stock, takes out the ones the form leaves out, and then refreshes what the product
 * row keeps of them (lowest and highest price, sale price, stock).
 */
@Component
class VariantWriter {

    private final ProductRepository products;
    private final VariantRepository variants;
    private final OptionRepository options;
    private final Clock clock;

    VariantWriter(ProductRepository products, VariantRepository variants, OptionRepository options, Clock clock) {
        this.products = products;
        this.variants = variants;
        this.options = options;
        this.clock = clock;
    }

    /** Refuses a form whose options and variants do not fit together, before anything is written. */
    void check(ProductForm form) {
        List<String> names = form.options().stream().map(String::strip).toList();
        if (new HashSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).size() != names.size()) {
            throw new InvalidRequestException("options", "must not name the same option twice");
        }
        List<VariantForm> given = form.variantsOrDefault();
        if (!names.isEmpty() && form.variants().isEmpty()) {
            throw new InvalidRequestException("variants", "must list the variants of a product with options");
        }
        Set<String> skus = new HashSet<>();
        Set<List<String>> combinations = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            VariantForm variant = given.get(i);
            String field = form.variants().isEmpty() ? "sku" : "variants[" + i + "]";
            if (variant.options().size() != names.size()) {
                throw new InvalidRequestException(field + ".options",
                        "must give one value for each option (" + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
            }
            if (!skus.add(variant.sku().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidRequestException(field + ".sku", "is used by another variant of this product: " + variant.sku());
            }
            if (!combinations.add(variant.options().stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList())) {
                throw new InvalidRequestException(field + ".options", "repeats another variant: " + String.join(" / ", variant.options()));
            }
            if (variant.compareAtPrice() != null && variant.compareAtPrice().compareTo(variant.price()) < 0) {
                throw new InvalidRequestException(field + ".compareAtPrice", "must not be below the price");
            }
        }
    }

    /** Writes the form's options and variants for the product (new or existing), under the product's row locks. */
    @Transactional(propagation = Propagation.MANDATORY)
    void write(long productId, ProductForm form, boolean created) {
        List<VariantForm> given = form.variantsOrDefault();
        requireOwnSkus(productId, given);
        variants.lockByProduct(productId);
        Map<String, Variant> stored = variants.findByProduct(productId).stream()
                .collect(Collectors.toMap(v -> v.sku().toLowerCase(Locale.ROOT), Function.identity()));
        if (!created && form.variants().isEmpty() && stored.size() == 1) {
            // a form without variants for a product of one variant edits that variant, whatever its SKU was
            stored = Map.of(form.sku().strip().toLowerCase(Locale.ROOT), stored.values().iterator().next());
        } else if (!created && form.variants().isEmpty()) {
            // the product's variants stay as they are: only its own fields change
            products.refreshFromVariants(productId);
            return;
        }
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            VariantForm variant = given.get(i);
            VariantDetails details = new VariantDetails(variant.sku().strip(),
                    variant.options().stream().map(String::strip).toList(), variant.price(), variant.compareAtPrice(),
                    variant.weightGrams() == null ? 0 : variant.weightGrams(), i + 1);
            Variant existing = stored.get(variant.sku().strip().toLowerCase(Locale.ROOT));
            if (existing != null) {
                variants.update(existing.id(), details, clock.instant());
                kept.add(existing.id());
            } else {
                long revived = variants.findDeletedIdBySku(productId, details.sku()).orElse(-1L);
                if (revived > 0) {
                    variants.update(revived, details, clock.instant());
                    kept.add(revived);
                } else {
                    kept.add(variants.insert(productId, details, variant.stock() == null ? 0 : variant.stock(),
                            clock.instant()));
                }
            }
        }
        variants.softDelete(stored.values().stream().map(Variant::id).filter(id -> !kept.contains(id)).toList(),
                clock.instant());
        options.deleteAll(productId);
        options.insertAll(productId, form.options().stream().map(String::strip).toList());
        products.refreshFromVariants(productId);
    }

    /** A SKU names one product: no variant may take another product's SKU or another product's variant's. */
    private void requireOwnSkus(long productId, List<VariantForm> given) {
        List<String> skus = given.stream().map(v -> v.sku().strip()).toList();
        boolean taken = variants.findProductIdsBySku(skus).stream().anyMatch(owner -> owner != productId)
                || products.findIdsBySku(skus).stream().anyMatch(owner -> owner != productId);
        if (taken) {
            throw new ConflictException("Duplicate SKU", "A variant SKU of this product (" + String.join(", ", skus)
                    + ") belongs to another product, or did and was deleted: a SKU is never reused, because past"
                    + " orders refer to it.");
        }
    }
}
