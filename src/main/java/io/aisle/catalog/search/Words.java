package io.aisle.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits text into the words the text index knows: lower case, letters and digits, {@link #stem stemmed},
 * single characters and common English function words left out, so
 * that "something to keep my coffee hot" matches on "keep", "coffee" and "hot" only.
 */
final class Words {

    private static final Set<String> STOP = Set.of("a", "about", "an", "and", "any", "are", "as", "at", "be", "but",
            "by", "can", "do", "for", "from", "get", "has", "have", "i", "if", "in", "into", "is", "it", "its",
            "me", "my", "need", "of", "on", "or", "our", "so", "some", "something", "that", "the", "their", "them",
            "these", "this", "those", "to", "up", "want", "was", "what", "which", "who", "will", "with", "you",
            "your");

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.length() < 2 || STOP.contains(raw)) {
                continue;
            }
            words.add(stem(raw));
        }
        return words;
    }

    /** Each word of the text as the index keeps it, mapped to how the text first writes it (lower case). */
    static Map<String, String> writtenForms(String text) {
        Map<String, String> forms = new HashMap<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.length() >= 2 && !STOP.contains(raw)) {
                forms.putIfAbsent(stem(raw), raw);
            }
        }
        return forms;
    }

    /**
     * A light stemmer: a plural 's', and 'ing' and 'ed' endings, come off ("gardening" and "garden",
     * "insulated" and "insulation" then meet, the latter through prefix matching).
     */
    static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
