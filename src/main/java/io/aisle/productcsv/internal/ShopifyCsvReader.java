package io.aisle.productcsv.internal;

import static io.aisle.productcsv.internal.ShopifyColumns.HANDLE;
import static io.aisle.productcsv.internal.ShopifyColumns.TITLE;

import io.aisle.productcsv.RowError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a Shopify product CSV: rows with the same Handle are one product (the first carries the product's
 * fields, later ones extra variants and images), checked field by field. Everything wrong is collected as
 * {@link RowError}s rather than stopping at the first, so one report lists all a file's mistakes.
 */
public final class ShopifyCsvReader {

    /** The most errors a report lists; a file with more is mostly of the wrong kind, and the first ones say so. */
    public static final int MAX_ERRORS = 500;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .setAllowMissingColumnNames(true)
            .get();

    private ShopifyCsvReader() {
    }

    /** What a file holds: its products in file order, the errors found, and how many data rows it has. */
    public record Parsed(List<CsvProduct> products, List<RowError> errors, long rows) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Parsed read(Reader in) {
        List<RowError> errors = new ArrayList<>();
        Map<String, List<RowFields>> rowsByHandle = new LinkedHashMap<>();
        long rows = 0;
        try (CSVParser parser = FORMAT.parse(in)) {
            Map<String, Integer> columns = columns(parser.getHeaderMap());
            for (String required : List.of(HANDLE, TITLE)) {
                if (!columns.containsKey(required)) {
                    errors.add(new RowError(1, required, "column is missing (is this a Shopify product CSV?)"));
                }
            }
            if (!errors.isEmpty()) {
                return new Parsed(List.of(), errors, 0);
            }
            for (CSVRecord record : parser) {
                rows++;
                RowFields row = new RowFields(record, columns, errors);
                String handle = row.text(HANDLE);
                if (handle.isEmpty()) {
                    if (record.size() > 1 || !record.get(0).isBlank()) {
                        row.error(HANDLE, "is required: it says which product the row belongs to");
                    }
                    continue;
                }
                rowsByHandle.computeIfAbsent(handle.toLowerCase(java.util.Locale.ROOT), h -> new ArrayList<>()).add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            // commons-csv reports an unclosed quote or a broken header so; the rows up to it are reported too
            errors.add(new RowError(rows + 2, "", "the file is not readable CSV from here on: "
                    + firstLine(malformed.getMessage())));
            return new Parsed(List.of(), cut(errors), rows);
        }
        List<CsvProduct> products = new ArrayList<>();
        for (Map.Entry<String, List<RowFields>> handle : rowsByHandle.entrySet()) {
            new ProductRows(handle.getValue().get(0).text(HANDLE), handle.getValue(), errors).product().ifPresent(products::add);
        }
        skusOnce(products, errors);
        return new Parsed(errors.isEmpty() ? List.copyOf(products) : List.of(), cut(errors), rows);
    }

    /** A SKU names one variant: a second use in the file is an error at its row. */
    private static void skusOnce(List<CsvProduct> products, List<RowError> errors) {
        Map<String, Long> firstRow = new HashMap<>();
        for (CsvProduct product : products) {
            for (CsvProduct.Variant variant : product.variants()) {
                Long earlier = firstRow.putIfAbsent(variant.sku().toLowerCase(java.util.Locale.ROOT), variant.row());
                if (earlier != null) {
                    errors.add(new RowError(variant.row(), ShopifyColumns.VARIANT_SKU,
                            "SKU " + variant.sku() + " is already used in row " + earlier));
                }
            }
        }
    }

    /** Header names as written, without a byte-order mark (Excel saves UTF-8 with one) or surrounding spaces. */
    private static Map<String, Integer> columns(Map<String, Integer> header) {
        Map<String, Integer> columns = new HashMap<>();
        header.forEach((name, index) -> {
            if (name != null) {
                columns.putIfAbsent(name.replace("\uFEFF", "").strip(), index);
            }
        });
        return columns;
    }

    private static List<RowError> cut(List<RowError> errors) {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(java.util.Comparator.comparingLong(RowError::row));
        return sorted.size() > MAX_ERRORS ? List.copyOf(sorted.subList(0, MAX_ERRORS)) : List.copyOf(sorted);
    }

    private static String firstLine(String message) {
        return message == null ? "malformed" : message.lines().findFirst().orElse("malformed");
    }
}
