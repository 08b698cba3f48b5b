package io.aisle.productcsv.internal;

import io.aisle.productcsv.RowError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One row's fields by column name, read as the types the catalog needs; a field that does not fit adds a
 * {@link RowError} naming the row and column and reads as {@code null}. A column the file lacks reads as empty.
 */
final class RowFields {

    static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final List<RowError> errors;

    RowFields(CSVRecord record, Map<String, Integer> columns, List<RowError> errors) {
        this.record = record;
        this.columns = columns;
        this.errors = errors;
    }

    long row() {
        return record.getRecordNumber() + 1; // the header is row 1
    }

    /** The field with surrounding spaces removed and a spreadsheet's formula guard undone ({@link SpreadsheetText}). */
    String text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        return SpreadsheetText.read(record.get(index).strip());
    }

    boolean has(String column) {
        return !text(column).isEmpty();
    }

    void error(String column, String message) {
        errors.add(new RowError(row(), column, message));
    }

    /** Text of at most {@code max} characters, or null (with an error) when longer, or when required and empty. */
    String text(String column, int max, boolean required) {
        String value = text(column);
        if (required && value.isEmpty()) {
            error(column, "is required");
            return null;
        }
        if (value.length() > max) {
            error(column, "is longer than " + max + " characters");
            return null;
        }
        return value;
    }

    /** An amount of money: 0 or more, at most two decimals; null when empty (with an error when required). */
    BigDecimal money(String column, boolean required) {
        String value = text(column).replace(",", "");
        if (value.isEmpty()) {
            if (required) {
                error(column, "is required");
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.compareTo(MAX_PRICE) > 0) {
                error(column, "must be between 0 and " + MAX_PRICE.toPlainString());
                return null;
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                error(column, "must have at most two decimals, not " + value);
                return null;
            }
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            error(column, "must be a number such as 19.99, not \"" + value + "\"");
            return null;
        }
    }

    /** A whole number from 0 to {@code max} (Shopify writes grams as "200.0": a zero fraction is accepted); empty is 0. */
    Integer count(String column, int max) {
        String value = text(column);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            int whole = number.intValueExact();
            if (whole < 0 || whole > max) {
                error(column, "must be between 0 and " + String.format(Locale.ROOT, "%,d", max) + ", not " + value);
                return null;
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            error(column, "must be a whole number, not \"" + value + "\"");
            return null;
        }
    }

    /** TRUE or FALSE in any case; empty is {@code otherwise}. */
    Boolean flag(String column, boolean otherwise) {
        String value = text(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> otherwise;
            case "true" -> true;
            case "false" -> false;
            default -> {
                error(column, "must be TRUE or FALSE, not \"" + text(column) + "\"");
                yield null;
            }
        };
    }

    /** An absolute http(s) URL, or empty. */
    String url(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && value.length() <= 1000) {
                return value;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        error(column, "must be an http or https URL of at most 1000 characters");
        return null;
    }
}
