package io.aisle.productcsv.internal;

import static io.aisle.productcsv.internal.ShopifyColumns.*;

import io.aisle.catalog.Variant;
import io.aisle.taxes.TaxClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes products as Shopify's product CSV: the first row of a handle carries the product's fields, its first
 * variant and first image; each further variant and image gets a row of its own (a row carries one of each while
 * both last). Text a spreadsheet would run as a formula is guarded ({@link SpreadsheetText}).
 */
public final class ShopifyCsvWriter implements AutoCloseable {

    private final CSVPrinter printer;

    public ShopifyCsvWriter(Writer out) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(EXPORTED.toArray(String[]::new))
                    .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(ExportedProduct product) {
        int rows = Math.max(product.variants().size(), product.images().size());
        for (int i = 0; i < rows; i++) {
            Map<String, String> row = new HashMap<>();
            row.put(HANDLE, product.handle());
            if (i == 0) {
                productFields(product, row);
            }
            if (i < product.variants().size()) {
                variantFields(product, product.variants().get(i), row);
            }
            if (i < product.images().size()) {
                ExportedProduct.Image image = product.images().get(i);
                row.put(IMAGE_SRC, image.src());
                row.put(IMAGE_POSITION, Integer.toString(i + 1));
                row.put(IMAGE_ALT_TEXT, SpreadsheetText.write(image.alt() == null ? "" : image.alt()));
            }
            print(row);
        }
    }

    private static void productFields(ExportedProduct exported, Map<String, String> row) {
        var product = exported.product();
        row.put(TITLE, SpreadsheetText.write(product.name()));
        row.put(BODY, SpreadsheetText.write(Descriptions.toHtml(product.description())));
        row.put(VENDOR, SpreadsheetText.write(product.brand()));
        row.put(TYPE, SpreadsheetText.write(product.category().name()));
        row.put(PUBLISHED, "ACTIVE".equals(exported.status()) ? "TRUE" : "FALSE");
        row.put(STATUS, exported.status().toLowerCase(Locale.ROOT));
        if (exported.options().isEmpty()) {
            row.put(optionName(1), DEFAULT_OPTION_NAME);
        }
        for (int i = 0; i < exported.options().size(); i++) {
            row.put(optionName(i + 1), SpreadsheetText.write(exported.options().get(i)));
        }
    }

    private static void variantFields(ExportedProduct exported, Variant variant, Map<String, String> row) {
        if (exported.options().isEmpty()) {
            row.put(optionValue(1), DEFAULT_OPTION_VALUE);
        }
        for (int i = 0; i < variant.options().size(); i++) {
            row.put(optionValue(i + 1), SpreadsheetText.write(variant.options().get(i)));
        }
        row.put(VARIANT_SKU, variant.sku());
        row.put(VARIANT_GRAMS, Integer.toString(variant.weightGrams()));
        row.put(VARIANT_INVENTORY_TRACKER, "shopify");
        row.put(VARIANT_INVENTORY_QTY, Integer.toString(variant.stock()));
        row.put(VARIANT_INVENTORY_POLICY, "deny");
        row.put(VARIANT_FULFILLMENT_SERVICE, "manual");
        row.put(VARIANT_PRICE, money(variant.price()));
        row.put(VARIANT_COMPARE_AT_PRICE, money(variant.compareAtPrice()));
        row.put(VARIANT_REQUIRES_SHIPPING, "TRUE");
        row.put(VARIANT_TAXABLE, TaxClass.ZERO.code().equals(exported.product().taxClass()) ? "FALSE" : "TRUE");
        row.put(VARIANT_WEIGHT_UNIT, "g");
        exported.images().stream().filter(image -> Long.valueOf(variant.id()).equals(image.variantId())).findFirst()
                .ifPresent(image -> row.put(VARIANT_IMAGE, image.src()));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private void print(Map<String, String> row) {
        List<String> values = new ArrayList<>(EXPORTED.size());
        for (String column : EXPORTED) {
            values.add(row.getOrDefault(column, ""));
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
