package io.aisle.platform;

import java.util.regex.Pattern;

/**
 * What an admin types in a search box, read the same way everywhere: a number ({@code 42} or {@code #42})
 * names a record, text with {@code @} is the start of an e-mail address, other text the start of an e-mail
 * address or a name. Prefix matches, so the SQL stays an index range scan.
 */
public final class SearchText {

    public static final int MAX_LENGTH = 254;
    private static final Pattern NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");

    private SearchText() {
    }

    /** The text stripped, null when blank; longer than {@link #MAX_LENGTH} is a 400 naming {@code field}. */
    public static String normalize(String text, String field) {
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.length() > MAX_LENGTH) {
            throw new InvalidRequestException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return stripped;
    }

    /** The number the text names, or null when it is not one. */
    public static Long number(String text) {
        var match = text == null ? null : NUMBER.matcher(text);
        return match != null && match.matches() ? Long.valueOf(match.group(1)) : null;
    }

    /** Whether the text can only be (the start of) an e-mail address. */
    public static boolean isEmail(String text) {
        return text != null && text.contains("@");
    }

    /** The text as a SQL LIKE prefix in which its own {@code % _ \} match only themselves. */
    public static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
