package io.aisle.assistant.internal;

import java.util.ArrayList;
import java.util.List;

/** Cuts an answer into the pieces a stream sends: a few words each, keeping spaces and line breaks. */
public final class Chunks {

    private static final int WORDS = 4;

    private Chunks() {
    }

    public static List<String> of(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            chunk.append(c);
            if (Character.isWhitespace(c) && ++words >= WORDS) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                words = 0;
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }
}
