package io.aisle.catalog.search;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The words of the text index with their postings (product id to weighted count), sorted so that a word's
 * longer forms are a range, and with the form each word was written in, to suggest it back to a customer.
 * A query word finds the words it is (weight 1), the longer words it begins (a partial word, as typed) and,
 * when neither exists, the words one or two edits away (a typo). Not thread-safe: {@link TextIndex} locks.
 */
final class Vocabulary {

    /** A word of the index that a query word matched, and how much that match counts. */
    record Match(String word, double weight, Map<Long, Integer> postings) {
    }

    static final double PREFIX_WEIGHT = 0.5;
    static final double TYPO_WEIGHT = 0.5;
    private static final int MIN_PREFIX = 3;
    private static final int MAX_EXPANSIONS = 30;

    private final NavigableMap<String, Map<Long, Integer>> postings = new TreeMap<>();
    private final Map<String, String> written = new HashMap<>();

    void add(String word, String writtenAs, long id, int count) {
        postings.computeIfAbsent(word, w -> new HashMap<>()).put(id, count);
        written.putIfAbsent(word, writtenAs);
    }

    void remove(String word, long id) {
        Map<Long, Integer> docs = postings.get(word);
        docs.remove(id);
        if (docs.isEmpty()) {
            postings.remove(word);
            written.remove(word);
        }
    }

    /** The index words this query word finds: itself and its longer forms, or else its nearest spellings. */
    Map<String, Match> matches(String word) {
        Map<String, Match> found = new HashMap<>();
        Map<Long, Integer> exact = postings.get(word);
        if (exact != null) {
            found.put(word, new Match(word, 1, exact));
        }
        if (word.length() >= MIN_PREFIX) {
            for (var e : postings.subMap(word, false, word + Character.MAX_VALUE, false).entrySet()) {
                if (found.size() == MAX_EXPANSIONS) {
                    break;
                }
                found.put(e.getKey(), new Match(e.getKey(), PREFIX_WEIGHT, e.getValue()));
            }
        }
        if (found.isEmpty()) {
            nearest(word).forEach((w, docs) -> found.put(w, new Match(w, TYPO_WEIGHT, docs)));
        }
        return found;
    }

    /**
     * The word as the catalog writes it, when the customer's word is not in the index but one or two edits
     * from one: the most common of the nearest.
     */
    Optional<String> correction(String word) {
        if (postings.containsKey(word) || !postings.subMap(word, word + Character.MAX_VALUE).isEmpty()) {
            return Optional.empty();
        }
        return nearest(word).entrySet().stream()
                .max(Map.Entry.<String, Map<Long, Integer>>comparingByValue((a, b) -> Integer.compare(a.size(), b.size()))
                        .thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a))))
                .map(e -> written.get(e.getKey()));
    }

    /** The index words at the smallest edit distance from {@code word}, within what its length allows. */
    private Map<String, Map<Long, Integer>> nearest(String word) {
        int max = EditDistance.allowed(word);
        Map<String, Map<Long, Integer>> nearest = new HashMap<>();
        int best = max + 1;
        for (var e : postings.entrySet()) {
            int distance = EditDistance.within(word, e.getKey(), Math.min(max, best));
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            if (distance == best && distance <= max && nearest.size() < MAX_EXPANSIONS) {
                nearest.put(e.getKey(), e.getValue());
            }
        }
        return nearest;
    }
}
