package io.aisle.productcsv.internal;

import static io.aisle.productcsv.internal.ShopifyColumns.*;

import io.aisle.productcsv.RowError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of one handle made into a product: product fields from the first row, a variant from every row that
 * has variant fields, an image from every row with an Image Src. Checks what only the whole product can tell:
 * option values against option names, repeated combinations and SKUs.
 */
final class ProductRows {

    static final Pattern HANDLE_PATTERN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*");
    static final Pattern SKU_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final int MAX_STOCK = 1_000_000;
    static final int MAX_GRAMS = 1_000_000;
    static final int MAX_VARIANTS = 100;

    private final String handle;
    private final List<RowFields> rows;
    private final List<RowError> errors;
    private final int errorsBefore;

    ProductRows(String handle, List<RowFields> rows, List<RowError> errors) {
        this.handle = handle;
        this.rows = rows;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    /** The product, or empty when any of its rows has an error (the errors say which). */
    Optional<CsvProduct> product() {
        RowFields first = rows.get(0);
        if (handle.length() > 200 || !HANDLE_PATTERN.matcher(handle).matches()) {
            first.error(HANDLE, "must be letters, digits, '-', '_' or '.', at most 200 characters");
        }
        String title = first.text(TITLE, 200, true);
        String body = first.text(BODY, 65_000, false);
        String description = body == null ? null : Descriptions.toText(body);
        if (description != null && description.length() > 10_000) {
            first.error(BODY, "has more than 10,000 characters of text");
        }
        String vendor = first.text(VENDOR, 100, true);
        String category = category(first);
        String status = status(first);
        List<String> optionNames = optionNames(first);
        List<CsvProduct.Variant> variants = new ArrayList<>();
        List<CsvProduct.Image> images = new ArrayList<>();
        Set<List<String>> combinations = new HashSet<>();
        for (RowFields row : rows) {
            if (row != first && row.has(TITLE) && !row.text(TITLE).equals(first.text(TITLE))) {
                row.error(TITLE, "differs from the first row of handle " + handle + ": a later row adds variants or images only");
            }
            if (isVariantRow(row, row == first)) {
                variant(row, optionNames, combinations).ifPresent(variants::add);
            }
            image(row, images.size() + 1).ifPresent(images::add);
        }
        if (variants.isEmpty() && errors.size() == errorsBefore) {
            first.error(VARIANT_PRICE, "handle " + handle + " has no variant: a row needs a Variant Price");
        }
        if (variants.size() > MAX_VARIANTS) {
            first.error(HANDLE, "has " + variants.size() + " variants; at most " + MAX_VARIANTS + " are possible");
        }
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new CsvProduct(first.row(), handle, title,
                description == null || description.isEmpty() ? title : description, vendor, category, status,
                optionNames, List.copyOf(variants), List.copyOf(images)));
    }

    /** Type, else the last segment of Shopify's taxonomy path ("Apparel & Accessories > Clothing > Shirts"). */
    private String category(RowFields first) {
        String type = first.text(TYPE);
        String path = first.text(PRODUCT_CATEGORY);
        String name = !type.isEmpty() ? type : path.substring(path.lastIndexOf('>') + 1).strip();
        if (name.isEmpty()) {
            first.error(TYPE, "is required (or a Product Category): it names the product's category");
            return null;
        }
        if (name.length() > 100) {
            first.error(type.isEmpty() ? PRODUCT_CATEGORY : TYPE, "names a category of more than 100 characters");
            return null;
        }
        return name;
    }

    /** Status wins; without it, Published FALSE is a draft and anything else active (Shopify's own reading). */
    private static String status(RowFields first) {
        String status = first.text(STATUS).toLowerCase(Locale.ROOT);
        Boolean published = first.flag(PUBLISHED, true);
        return switch (status) {
            case "active" -> "ACTIVE";
            case "draft" -> "DRAFT";
            case "archived" -> "ARCHIVED";
            case "" -> Boolean.FALSE.equals(published) ? "DRAFT" : "ACTIVE";
            default -> {
                first.error(STATUS, "must be active, draft or archived, not \"" + first.text(STATUS) + "\"");
                yield null;
            }
        };
    }

    private static List<String> optionNames(RowFields first) {
        List<String> names = new ArrayList<>();
        for (int position = 1; position <= MAX_OPTIONS; position++) {
            String name = first.text(optionName(position), 64, false);
            if (name == null || name.isEmpty()) {
                break;
            }
            if (names.stream().anyMatch(name::equalsIgnoreCase)) {
                first.error(optionName(position), "repeats the option " + name);
            }
            names.add(name);
        }
        if (names.size() == 1 && names.get(0).equals(DEFAULT_OPTION_NAME)
                && first.text(optionValue(1)).equals(DEFAULT_OPTION_VALUE)) {
            return List.of(); // Shopify's way of saying "no options"
        }
        return List.copyOf(names);
    }

    private static boolean isVariantRow(RowFields row, boolean first) {
        return first || row.has(VARIANT_SKU) || row.has(VARIANT_PRICE) || row.has(optionValue(1));
    }

    private Optional<CsvProduct.Variant> variant(RowFields row, List<String> optionNames, Set<List<String>> combinations) {
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
        String sku = String.join("-", parts.stream().map(ProductRows::ascii).toList()).replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return sku.isEmpty() || sku.length() > 64 || !SKU_PATTERN.matcher(sku).matches() ? null : sku;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._]+", "-");
    }

    private static Optional<CsvProduct.Image> image(RowFields row, int next) {
        String src = row.url(IMAGE_SRC);
        if (src == null || src.isEmpty()) {
            return Optional.empty();
        }
        Integer position = row.has(IMAGE_POSITION) ? row.count(IMAGE_POSITION, 250) : Integer.valueOf(next);
        String alt = row.text(IMAGE_ALT_TEXT, 500, false);
        if (position == null || alt == null) {
            return Optional.empty();
        }
        return Optional.of(new CsvProduct.Image(row.row(), src, position == 0 ? next : position, alt));
    }
}
