package io.aisle.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory BM25 index over products' names, brands and descriptions. The name counts three times and
 * the brand twice (a simple BM25F), as in the SQL listing search. A query word also matches longer words
 * it begins ("head" finds "headphones") and, when the catalog has no such word, the words one or two edits
 * away ("hedphones"), each at half weight (see {@link Vocabulary}). Reads run in parallel; a change locks
 * the index for the microseconds it takes.
 */
final class TextIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Vocabulary vocabulary = new Vocabulary();
    private final Map<Long, Document> documents = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private long totalLength;

    /** A product's word counts (name and brand weighted) and their sum. */
    private record Document(Map<String, Integer> counts, int length) {
    }

    void put(long id, String name, String brand, String description) {
        Map<String, Integer> counts = new HashMap<>();
        count(counts, name, 3);
        count(counts, brand, 2);
        count(counts, description, 1);
        Map<String, String> written = Words.writtenForms(name + " " + brand + " " + description);
        lock.writeLock().lock();
        try {
            removeLocked(id);
            int length = counts.values().stream().mapToInt(Integer::intValue).sum();
            documents.put(id, new Document(counts, length));
            counts.forEach((word, n) -> vocabulary.add(word, written.getOrDefault(word, word), id, n));
            totalLength += length;
        } finally {
            lock.writeLock().unlock();
        }
    }

    void remove(long id) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return documents.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A text ranking: the hits, best first, and which of the matching products contain every word of the
     * query that some product contains (words no product has, like "looking" in "I'm looking for ...",
     * are left out).
     */
    record Ranked(List<Hit> hits, Set<Long> complete) {
    }

    /** The products matching at least one word of the query, best first, at most {@code limit}. */
    List<Hit> search(String query, int limit) {
        return rank(query, limit).hits();
    }

    /** Like {@link #search}, and tells which products matched every known word in the same pass. */
    Ranked rank(String query, int limit) {
        List<String> words = Words.of(query).stream().distinct().toList();
        Map<Long, Double> scores = new HashMap<>();
        Map<Long, Integer> wordsMatched = new HashMap<>();
        int knownWords = 0;
        lock.readLock().lock();
        try {
            double averageLength = documents.isEmpty() ? 1 : (double) totalLength / documents.size();
            for (String word : words) {
                // a product counts once per query word: its best match, exact or by prefix
                Map<Long, Double> best = new HashMap<>();
                for (Vocabulary.Match term : vocabulary.matches(word).values()) {
                    double weight = term.weight();
                    double idf = idf(term.postings().size());
                    term.postings().forEach((id, tf) -> {
                        double length = documents.get(id).length();
                        double score = weight * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
                        best.merge(id, score, Math::max);
                    });
                }
                if (!best.isEmpty()) {
                    knownWords++;
                }
                best.forEach((id, score) -> {
                    scores.merge(id, score, Double::sum);
                    wordsMatched.merge(id, 1, Integer::sum);
                });
            }
        } finally {
            lock.readLock().unlock();
        }
        List<Hit> hits = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> hits.add(new Hit(id, score)));
        hits.sort(Ranking.BEST_FIRST);
        int known = knownWords;
        Set<Long> complete = new HashSet<>();
        wordsMatched.forEach((id, n) -> {
            if (n == known) {
                complete.add(id);
            }
        });
        return new Ranked(hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits, complete);
    }

    /**
     * The query with each word the catalog does not have (not even as the start of a longer word) replaced
     * by the nearest catalog word as the catalog writes it; empty when no word needed or found a correction.
     * Only the tokens {@code correctable} accepts are looked at (a price condition is not a misspelt word).
     */
    Optional<String> correction(String query, Predicate<String> correctable) {
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        lock.readLock().lock();
        try {
            for (String token : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                Optional<String> better = correctable.test(token) && Words.of(token).size() == 1
                        ? vocabulary.correction(Words.of(token).get(0)) : Optional.empty();
                changed |= better.isPresent();
                corrected.append(corrected.isEmpty() ? "" : " ").append(better.orElse(token));
            }
        } finally {
            lock.readLock().unlock();
        }
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }

    private double idf(int documentFrequency) {
        int n = documents.size();
        return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    private void removeLocked(long id) {
        Document old = documents.remove(id);
        if (old == null) {
            return;
        }
        old.counts().keySet().forEach(word -> vocabulary.remove(word, id));
        totalLength -= old.length();
    }

    private static void count(Map<String, Integer> counts, String text, int weight) {
        for (String word : Words.of(text)) {
            counts.merge(word, weight, Integer::sum);
        }
    }
}
