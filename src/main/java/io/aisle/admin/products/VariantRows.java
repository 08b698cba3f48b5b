package io.aisle.admin.products;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductForm;
import io.aisle.catalog.Variant;
import io.aisle.catalog.VariantForm;
import io.aisle.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The product form's options and variants, as rows of plain fields (a row left blank is no variant), and its
 * publishing time in UTC as a {@code datetime-local} field gives it. Without option names the product is sold as
 * one variant made of the form's own SKU, price, stock and weight.
 */
record VariantRows(List<String> optionName, List<String> variantSku, List<String> variantOption1,
        List<String> variantOption2, List<String> variantOption3, List<String> variantPrice,
        List<String> variantCompareAt, List<String> variantStock, List<String> variantWeight, String publishAtUtc) {

    /** Blank rows shown under the variants for adding more without a script. */
    static final int BLANK_ROWS = 3;

    /** A row of the table as the page shows it. */
    record Row(String sku, List<String> options, String price, String compareAt, String stock, String weight,
            boolean existing) {
    }

    /** The rows of a product as stored, with blank rows to add more; none stored for a new product. */
    static List<Row> rows(List<Variant> variants, boolean hasOptions) {
        List<Row> rows = new ArrayList<>();
        if (hasOptions) {
            for (Variant v : variants) {
                rows.add(new Row(v.sku(), v.options(), v.price().toPlainString(),
                        v.compareAtPrice() == null ? "" : v.compareAtPrice().toPlainString(), String.valueOf(v.stock()),
                        String.valueOf(v.weightGrams()), true));
            }
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row("", List.of("", "", ""), "", "", "", "", false));
        }
        return rows;
    }

    /** The publishing time of the product as the field shows it (UTC, to the minute), or blank. */
    static String publishField(Product product) {
        return product == null || product.publishAt() == null ? ""
                : LocalDateTime.ofInstant(product.publishAt(), ZoneOffset.UTC).withSecond(0).withNano(0).toString();
    }

    /** The form with these options, variants and publishing time; a malformed number or time is a 400 naming it. */
    ProductForm applyTo(ProductForm form) {
        List<String> names = nonBlank(optionName);
        List<VariantForm> variants = new ArrayList<>();
        if (!names.isEmpty()) {
            for (int i = 0; i < size(variantSku); i++) {
                String sku = at(variantSku, i);
                List<String> values = new ArrayList<>();
                List<List<String>> columns = List.of(orEmpty(variantOption1), orEmpty(variantOption2), orEmpty(variantOption3));
                for (int o = 0; o < names.size(); o++) {
                    values.add(at(columns.get(o), i));
                }
                boolean blank = sku.isEmpty() && values.stream().allMatch(String::isEmpty) && at(variantPrice, i).isEmpty();
                if (blank) {
                    continue;
                }
                String field = "variants[" + variants.size() + "]";
                variants.add(new VariantForm(sku, values.stream().filter(v -> !v.isEmpty()).toList(),
                        money(at(variantPrice, i), field + ".price", true),
                        money(at(variantCompareAt, i), field + ".compareAtPrice", false),
                        whole(at(variantStock, i), field + ".stock"), whole(at(variantWeight, i), field + ".weightGrams")));
            }
        }
        return new ProductForm(form.sku(), form.name(), form.brand(), form.category(), form.description(),
                form.price(), form.stock(), form.imageUrl(), form.taxClass(), form.weightGrams(), form.status(),
                publishAt(), names, variants, form.compareAtPrice());
    }

    private Instant publishAt() {
        if (publishAtUtc == null || publishAtUtc.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(publishAtUtc.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("publishAt", "must be a date and time like 2027-01-31T09:00 (UTC)");
        }
    }

    private static BigDecimal money(String value, String field, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                throw new InvalidRequestException(field, "must be a price like 19.99");
            }
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be a price like 19.99");
        }
    }

    private static Integer whole(String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be a whole number");
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return orEmpty(values).stream().map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty()).toList();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
    }
}
