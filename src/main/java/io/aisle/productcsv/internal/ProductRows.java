package io.aisle.productcsv.internal;

import static io.aisle.productcsv.internal.ShopifyColumns.*;

import io.aisle.productcsv.RowError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of one handle made into a product: product fields from the first row, a variant from every row that
 * has variant fields, an image from every row with an Image Src. Checks what only the whole product can tell:
 * option values against option names, repeated combinations and SKUs.
 */
final class ProductRows {

    static final Pattern HANDLE_PATTERN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*");
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
        VariantRows variantRows = new VariantRows(handle, optionNames, new HashSet<>(), errors);
        for (RowFields row : rows) {
            if (row != first && row.has(TITLE) && !row.text(TITLE).equals(first.text(TITLE))) {
                row.error(TITLE, "differs from the first row of handle " + handle + ": a later row adds variants or images only");
            }
            if (VariantRows.isVariantRow(row, row == first)) {
                variantRows.variant(row).ifPresent(variants::add);
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
