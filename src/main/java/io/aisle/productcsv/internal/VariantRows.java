package io.aisle.productcsv.internal;

import static io.aisle.productcsv.internal.ShopifyColumns.*;

import io.aisle.productcsv.RowError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The variant rows of one product: one value per option name, a combination once, a SKU that fits the catalog (or
 * one made of the handle and the values), a price, a compare-at price not below it, stock and weight.
 */
final class VariantRows {

    static final Pattern SKU_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final int MAX_STOCK = 1_000_000;
    static final int MAX_GRAMS = 1_000_000;

    private final String handle;
    private final List<String> optionNames;
    private final Set<List<String>> combinations;
    private final List<RowError> errors;

    VariantRows(String handle, List<String> optionNames, Set<List<String>> combinations, List<RowError> errors) {
        this.handle = handle;
        this.optionNames = optionNames;
        this.combinations = combinations;
        this.errors = errors;
    }

    static boolean isVariantRow(RowFields row, boolean first) {
        return first || row.has(VARIANT_SKU) || row.has(VARIANT_PRICE) || row.has(optionValue(1));
    }

    Optional<CsvProduct.Variant> variant(RowFields row) {
        int before = errors.size();
        List<String> values = new ArrayList<>();
        for (int position = 1; position <= MAX_OPTIONS; position++) {
            String value = row.text(optionValue(position), 100, false);
            boolean named = position <= optionNames.size();
            if (named && value != null && value.isEmpty()) {
                row.error(optionValue(position), "is required: the product has the option " + optionNames.get(position - 1));
            } else if (!named && value != null && !value.isEmpty() && !(optionNames.isEmpty() && position == 1
                    && value.equals(DEFAULT_OPTION_VALUE))) {
                row.error(optionValue(position), "has a value but the first row names no Option" + position + " Name");
            } else if (named) {
                values.add(value);
            }
        }
        if (errors.size() == before && !combinations.add(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList())) {
            row.error(optionValue(1), "repeats the combination " + String.join(" / ", values) + " of handle " + handle);
        }
        String sku = row.text(VARIANT_SKU, 64, false);
        if (sku != null && sku.isEmpty()) {
            sku = generatedSku(values);
            if (sku == null) {
                row.error(VARIANT_SKU, "is required here: no SKU of at most 64 letters and digits can be made from the handle");
            }
        } else if (sku != null && !SKU_PATTERN.matcher(sku).matches()) {
            row.error(VARIANT_SKU, "may contain only letters, digits, '.', '_' and '-'");
        }
        var price = row.money(VARIANT_PRICE, true);
        var compareAt = row.money(VARIANT_COMPARE_AT_PRICE, false);
        if (price != null && compareAt != null && compareAt.compareTo(price) < 0) {
            row.error(VARIANT_COMPARE_AT_PRICE, "must not be below the Variant Price (it is the price before a sale)");
        }
        Integer stock = row.count(VARIANT_INVENTORY_QTY, MAX_STOCK);
        Integer grams = row.count(VARIANT_GRAMS, MAX_GRAMS);
        Boolean taxable = row.flag(VARIANT_TAXABLE, true);
        String image = row.url(VARIANT_IMAGE);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CsvProduct.Variant(row.row(), sku, List.copyOf(values), price, compareAt, stock, grams,
                taxable, image));
    }

    /** A variant without a SKU gets its handle's, followed by its option values: "classic-tee-m-blue". */
    private String generatedSku(List<String> values) {
        List<String> parts = new ArrayList<>();
        parts.add(handle);
        parts.addAll(values);
        String sku = String.join("-", parts.stream().map(VariantRows::ascii).toList()).replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return sku.isEmpty() || sku.length() > 64 || !SKU_PATTERN.matcher(sku).matches() ? null : sku;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._]+", "-");
    }
}
