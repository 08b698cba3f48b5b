package io.aisle.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.aisle.catalog.Product;
import io.aisle.catalog.SearchProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores text, semantic and hybrid search on the hand-written evaluation set
 * ({@code src/test/resources/search/eval.tsv}) over the seed catalog: NDCG@10 and recall@10, with binary
 * relevance. No database: the seed catalog goes straight into a {@link SearchEngine} with the real model
 * and the default settings. The table lands in {@code target/search-eval.md} (docs/search.md shows it).
 */
class SearchEvaluationTests {

    private static final int K = 10;
    private static final List<String> KINDS = List.of("words", "meaning", "typo", "attribute", "constraint", "nonsense");
    /** The kinds with relevant products, for which NDCG is defined. */
    private static final List<String> RANKED_KINDS = KINDS.subList(0, 5);

    /** One judged query. */
    record Judgement(String query, Set<String> relevant, String kind) {
    }

    /** Mean NDCG@10 and recall@10 of one mode over some queries. */
    record Score(double ndcg, double recall) {
    }

    private static EmbeddingModel model;
    private static SearchEngine engine;
    private static Map<Long, String> skus;
    private static Map<Long, Product> byId;
    private static List<float[]> vectors;
    private static List<Judgement> judgements;

    @BeforeAll
    static void indexSeedCatalog() throws IOException {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        engine = new SearchEngine(model, new SearchProperties(null, null, null));
        List<Product> products = SampleProducts.load();
        vectors = engine.embed(products);
        for (int i = 0; i < products.size(); i++) {
            engine.put(products.get(i), vectors.get(i));
        }
        skus = products.stream().collect(Collectors.toMap(Product::id, Product::sku));
        byId = products.stream().collect(Collectors.toMap(Product::id, p -> p));
        judgements = judgements();
    }

    @Test
    void hybridRanksAtLeastAsWellAsTextAndTheTableIsWritten() throws IOException {
        Map<String, BiFunction<String, Integer, List<Hit>>> modes = new LinkedHashMap<>();
        modes.put("text (BM25)", constrained(engine::textSearch));
        modes.put("semantic (MiniLM cosine)", constrained(engine::semanticSearch));
        modes.put("hybrid (RRF, k = 60)", constrained(engine::hybridSearch));
        Map<String, Score> all = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("| mode | NDCG@10 | recall@10 |" + RANKED_KINDS.stream()
                .map(k -> " NDCG@10 (" + k + ") |").collect(Collectors.joining())
                + " zero-result precision | zero-result recall |\n| --- | --- | --- |" + " --- |".repeat(RANKED_KINDS.size() + 2) + "\n");
        for (var mode : modes.entrySet()) {
            Score overall = score(mode.getValue(), answerable(judgements));
            all.put(mode.getKey(), overall);
            table.append("| %s | %.3f | %.3f |".formatted(mode.getKey(), overall.ndcg(), overall.recall()));
            RANKED_KINDS.forEach(k -> table.append(" %.3f |".formatted(score(mode.getValue(), answerable(kind(k))).ndcg())));
            table.append(" %s | %s |%n".formatted(zeroResults(mode.getValue()).precision(), zeroResults(mode.getValue()).recall()));
        }
        table.append("%n%d queries (%s), %d of them with no relevant product; %d products.%n".formatted(judgements.size(),
                KINDS.stream().map(k -> kind(k).size() + " " + k).collect(Collectors.joining(", ")),
                judgements.size() - answerable(judgements).size(), skus.size()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-eval.md"), table.append(perQuery(modes)));
        System.out.println(table);

        assertThat(judgements).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all.get("hybrid (RRF, k = 60)").ndcg()).isGreaterThanOrEqualTo(all.get("text (BM25)").ndcg());
    }

    /**
     * A search as {@code ProductSearch} runs it: price and stock conditions taken out of the words, the
     * words ranked, and the conditions applied to the products found (here the seed catalog's prices and stock).
     */
    static BiFunction<String, Integer, List<Hit>> constrained(BiFunction<String, Integer, List<Hit>> search) {
        return (query, limit) -> {
            QueryConstraints constraints = QueryConstraints.of(query);
            return search.apply(constraints.words(), constraints.none() ? limit : 100).stream()
                    .filter(h -> constraints.admits(byId.get(h.productId())))
                    .limit(limit)
                    .toList();
        };
    }

    /**
     * The similarity threshold of semantic and hybrid search is the one that scores best on this set: for each
     * candidate from 0.15 to 0.60, every query counts its NDCG@10 (or, with no relevant product, 1 for an
     * empty answer and 0 otherwise), averaged over the queries and then over the two modes that use the
     * threshold (semantic and hybrid); the lowest threshold with the best mean wins. This test
     * fails when {@link SearchProperties#CALIBRATED_MIN_SIMILARITY} is not that value.
     */
    @Test
    void theDefaultSimilarityThresholdIsTheOneThatScoresBestOnTheSet() throws IOException {
        StringBuilder sweep = new StringBuilder("| min similarity | hybrid | semantic | mean |\n| --- | --- | --- | --- |\n");
        double best = -1;
        double bestThreshold = 0;
        for (int step = 15; step <= 60; step++) {
            double threshold = step / 100.0;
            SearchEngine candidate = new SearchEngine(model, new SearchProperties(null, threshold, null));
            List<Product> products = List.copyOf(byId.values());
            for (Product product : products) {
                candidate.put(product, vectors.get((int) product.id() - 1));
            }
            double hybrid = objective(constrained(candidate::hybridSearch));
            double semantic = objective(constrained(candidate::semanticSearch));
            double mean = (hybrid + semantic) / 2;
            sweep.append("| %.2f | %.4f | %.4f | %.4f |%n".formatted(threshold, hybrid, semantic, mean));
            if (mean > best + 1e-9) {
                best = mean;
                bestThreshold = threshold;
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-threshold.md"), sweep.append("%nbest: %.2f (%.4f)%n".formatted(bestThreshold, best)));
        System.out.println(sweep);
        assertThat(SearchProperties.CALIBRATED_MIN_SIMILARITY).isCloseTo(bestThreshold, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Mean per-query score: NDCG@10, or for a query with no relevant product 1 when the answer is empty. */
    private static double objective(BiFunction<String, Integer, List<Hit>> search) {
        double sum = 0;
        for (Judgement j : judgements) {
            sum += j.relevant().isEmpty() ? (search.apply(j.query(), K).isEmpty() ? 1 : 0) : score(search, List.of(j)).ndcg();
        }
        return sum / judgements.size();
    }

    /**
     * How a mode does on "nothing found": precision is the share of its empty answers that were right (the
     * query has no relevant product), recall the share of such queries it answered with nothing. A mode
     * that never answers with nothing has no precision ("-").
     */
    record ZeroResults(String precision, String recall) {
    }

    private static ZeroResults zeroResults(BiFunction<String, Integer, List<Hit>> search) {
        int empty = 0;
        int emptyAndRight = 0;
        int nothingRelevant = 0;
        for (Judgement j : judgements) {
            boolean answeredEmpty = search.apply(j.query(), K).isEmpty();
            empty += answeredEmpty ? 1 : 0;
            emptyAndRight += answeredEmpty && j.relevant().isEmpty() ? 1 : 0;
            nothingRelevant += j.relevant().isEmpty() ? 1 : 0;
        }
        return new ZeroResults(empty == 0 ? "-" : "%.2f (%d/%d)".formatted(emptyAndRight / (double) empty, emptyAndRight, empty),
                "%.2f (%d/%d)".formatted(emptyAndRight / (double) nothingRelevant, emptyAndRight, nothingRelevant));
    }

    /** Each query's NDCG@10 per mode (or, for a query with no relevant product, how many it found), to see where a mode fails. */
    private static String perQuery(Map<String, BiFunction<String, Integer, List<Hit>>> modes) {
        StringBuilder rows = new StringBuilder("\n| query | kind | " + String.join(" | ", modes.keySet()) + " |\n| --- | --- |"
                + " --- |".repeat(modes.size()) + "\n");
        for (Judgement j : judgements) {
            rows.append("| ").append(j.query()).append(" | ").append(j.kind());
            modes.values().forEach(m -> rows.append(j.relevant().isEmpty()
                    ? " | %d found".formatted(m.apply(j.query(), K).size())
                    : " | %.2f".formatted(score(m, List.of(j)).ndcg())));
            rows.append(" |\n");
        }
        return rows.toString();
    }

    private static Score score(BiFunction<String, Integer, List<Hit>> search, List<Judgement> queries) {
        double ndcg = 0;
        double recall = 0;
        for (Judgement j : queries) {
            List<String> found = search.apply(j.query(), K).stream().map(h -> skus.get(h.productId())).toList();
            ndcg += ndcg(found, j.relevant());
            recall += found.stream().filter(j.relevant()::contains).count() / (double) j.relevant().size();
        }
        return new Score(ndcg / queries.size(), recall / queries.size());
    }

    /** The queries that have a relevant product (NDCG is not defined for the others). */
    private static List<Judgement> answerable(List<Judgement> queries) {
        return queries.stream().filter(j -> !j.relevant().isEmpty()).toList();
    }

    @Test
    void nonsenseFindsNothingInTheSeedCatalogInAnyModeWhileAMisspeltWordFindsWhatItMeans() {
        assertThat(engine.textSearch("xqzvbnm plutonium", K)).isEmpty();
        assertThat(engine.semanticSearch("xqzvbnm plutonium", K)).isEmpty();
        assertThat(engine.hybridSearch("xqzvbnm plutonium", K)).isEmpty();
        assertThat(engine.correction("xqzvbnm plutonium")).isEmpty();

        List<String> found = engine.hybridSearch("hedphones", K).stream().map(h -> skus.get(h.productId())).toList();
        assertThat(found.subList(0, 2)).containsExactlyInAnyOrder("SNY-WH1000XM5", "BOS-QCULT-HP");
        assertThat(engine.correction("hedphones")).contains("headphones");
    }

    /** Binary-relevance NDCG: gain 1 at rank i (from 1) counts 1 / log2(i + 1). */
    static double ndcg(List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            dcg += relevant.contains(ranked.get(i)) ? 1 / log2(i + 2) : 0;
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(K, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    @Test
    void ndcgIsOneForAPerfectRankingAndLowerWhenTheHitComesLater() {
        assertThat(ndcg(List.of("a", "b", "x"), Set.of("a", "b"))).isEqualTo(1.0);
        assertThat(ndcg(List.of("x", "a"), Set.of("a"))).isEqualTo(1 / log2(3));
        assertThat(ndcg(List.of("x", "y"), Set.of("a"))).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static List<Judgement> kind(String kind) {
        return judgements.stream().filter(j -> j.kind().equals(kind)).toList();
    }

    private static List<Judgement> judgements() throws IOException {
        try (InputStream in = SearchEvaluationTests.class.getResourceAsStream("/search/eval.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Judgement(f[0], Arrays.stream(f[1].split(" ")).filter(sku -> !sku.equals("-"))
                            .collect(Collectors.toSet()), f[2]))
                    .toList();
        }
    }

}
