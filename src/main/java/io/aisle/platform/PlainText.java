package io.aisle.platform;

/**
 * Text a person could have typed: no control characters other than tab and line breaks. A NUL or an
 * escape sequence in a name or an address only ever comes from a broken or hostile client, and would
 * then travel into pages, CSV exports and other systems; every text input meets this rule at the edge
 * (JSON bodies are refused, web forms have them dropped).
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether the text holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(PlainText::isControl);
    }

    /** The text without those control characters. */
    public static String withoutControlCharacters(String text) {
        if (!hasControlCharacters(text)) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        text.chars().filter(c -> !isControl(c)).forEach(c -> plain.append((char) c));
        return plain.toString();
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
