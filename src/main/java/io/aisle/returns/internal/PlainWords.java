package io.aisle.returns.internal;

import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PlainText;

/** A person's free text as stored: stripped, without control characters, and null when nothing is left. */
public final class PlainWords {

    private PlainWords() {
    }

    /** As {@link #of(String)}; longer than {@code max} characters is a 400 naming the field. */
    public static String of(String text, String field, int max) {
        String plain = of(text);
        if (plain != null && plain.length() > max) {
            throw new InvalidRequestException(field, "must be at most " + max + " characters");
        }
        return plain;
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String plain = PlainText.withoutControlCharacters(text).strip();
        return plain.isEmpty() ? null : plain;
    }
}
