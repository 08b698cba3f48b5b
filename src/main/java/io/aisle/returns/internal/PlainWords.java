package io.aisle.returns.internal;

import io.aisle.platform.PlainText;

/** A person's free text as stored: stripped, without control characters, and null when nothing is left. */
public final class PlainWords {

    private PlainWords() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String plain = PlainText.withoutControlCharacters(text).strip();
        return plain.isEmpty() ? null : plain;
    }
}
