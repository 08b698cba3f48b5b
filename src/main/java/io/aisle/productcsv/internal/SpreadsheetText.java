package io.aisle.productcsv.internal;

/**
 * Text that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) is
 * exported behind a {@code '}, so a product name cannot become a formula on the admin's computer; the import
 * takes such a guard off again, so a file goes round (export, import, export) unchanged. Text that itself starts
 * with {@code '} before one of those characters (or before another {@code '}) is guarded too, so the guard
 * always comes off exactly. A plain leading apostrophe ("'Til Dawn") is left alone both ways.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static String write(String text) {
        return guarded(text) ? "'" + text : text;
    }

    public static String read(String field) {
        return field.length() >= 2 && field.charAt(0) == '\'' && isGuardedStart(field.charAt(1))
                ? field.substring(1) : field;
    }

    private static boolean guarded(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return FORMULA_STARTS.indexOf(first) >= 0 || first == '\'' && text.length() >= 2 && isGuardedStart(text.charAt(1));
    }

    private static boolean isGuardedStart(char c) {
        return FORMULA_STARTS.indexOf(c) >= 0 || c == '\'';
    }
}
