package io.aisle.catalog.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.aisle.catalog.Product;
import io.aisle.catalog.SearchProperties;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The search benchmark (run with {@code bench/search.sh [products]}): the memory the embedding model adds,
 * embedding time per product, and text, semantic and hybrid search latency over the seed catalog and over
 * the seed catalog plus generated products (10,000 in all by default), in one JVM with no database or
 * HTTP. Each search embeds a query never seen before (the query cache cannot help), except in the
 * "repeated query" rows; the misspelt and suggestion rows need no embedding. Suggestions are timed at
 * every prefix a customer types on the way to each query of the evaluation set. Writes
 * {@code target/search-bench.md}.
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;
    /**
     * Each call's CPU time as well as its wall-clock time: on a shared machine a call that waits for a core
     * shows in the wall clock's tail but not in the work it did.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Appended to a query to make it one never embedded before: each run of the queries takes new numbers. */
    private static int nextSuffix = 100_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        StringBuilder out = new StringBuilder("Search benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime()
                .availableProcessors() + " cores, Java " + System.getProperty("java.version") + "\n\n");
        long heapBefore = usedHeap();
        long rssBefore = residentKb();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model.embed("warm up");
        long heapAfter = usedHeap();
        long rssAfter = residentKb();
        out.append("| memory | before the model | after loading it and one embedding | added |\n| --- | ---: | ---: | ---: |\n");
        out.append("| Java heap in use | %d MiB | %d MiB | %d MiB |%n".formatted(heapBefore >> 20, heapAfter >> 20,
                (heapAfter - heapBefore) >> 20));
        out.append("| process resident (RSS, includes ONNX Runtime's native memory) | %d MiB | %d MiB | %d MiB |%n%n"
                .formatted(rssBefore >> 10, rssAfter >> 10, (rssAfter - rssBefore) >> 10));

        List<Product> seed = SampleProducts.load();
        List<Product> generated = GeneratedCatalog.generate(Math.max(0, total - seed.size()), seed.size() + 1, 42);
        List<String> queries = queries();
        out.append("| catalog | products | embedding per product (batches of 32) | index build |\n| --- | ---: | ---: | ---: |\n");
        SearchEngine small = new SearchEngine(model, new SearchProperties(null, null, null));
        out.append(build(small, seed, "seed"));
        SearchEngine large = new SearchEngine(model, new SearchProperties(null, null, null));
        List<Product> all = new ArrayList<>(seed);
        all.addAll(generated);
        out.append(build(large, all, "seed + generated"));
        out.append("\n| catalog | mode | p50 | p99 | max | p99 CPU time |\n| --- | --- | ---: | ---: | ---: | ---: |\n");
        for (var engine : List.of(small, large)) {
            String name = engine == small ? "seed (" + seed.size() + ")" : "seed + generated (" + all.size() + ")";
            out.append(latency(name, "text", engine::textSearch, queries, true));
            out.append(latency(name, "semantic", engine::semanticSearch, queries, true));
            out.append(latency(name, "hybrid", engine::hybridSearch, queries, true));
            out.append(latency(name, "hybrid, repeated query", engine::hybridSearch, queries, false));
            out.append(latency(name, "text, misspelt words", engine::textSearch, misspelt(queries), false));
            out.append(latency(name, "suggest as typed (2nd letter on)", (q, n) -> engine.suggest(q, 5, java.time.Instant.now()).products(),
                    typed(queries), false));
        }
        long heapIndexed = usedHeap();
        out.append("%nJava heap in use with both indexes loaded: %d MiB.%n".formatted(heapIndexed >> 20));
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-bench.md"), out);
    }

    private static String build(SearchEngine engine, List<Product> products, String name) {
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(products.size());
        for (int i = 0; i < products.size(); i += 32) {
            vectors.addAll(engine.embed(products.subList(i, Math.min(products.size(), i + 32))));
        }
        long embedded = System.nanoTime();
        for (int i = 0; i < products.size(); i++) {
            engine.put(products.get(i), vectors.get(i));
        }
        long indexed = System.nanoTime();
        return "| %s | %d | %.2f ms | %.0f ms |%n".formatted(name, products.size(),
                (embedded - start) / 1e6 / products.size(), (indexed - embedded) / 1e6);
    }

    /** Runs the queries round-robin; {@code fresh} makes every query text new, so that it must be embedded. */
    private static String latency(String catalog, String mode, BiFunction<String, Integer, List<Hit>> search,
            List<String> queries, boolean fresh) {
        for (int i = 0; i < WARM_UP; i++) {
            search.apply(queries.get(i % queries.size()) + (fresh ? " " + nextSuffix++ : ""), 10);
        }
        double[] millis = new double[MEASURED];
        double[] cpuMillis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            String query = queries.get(i % queries.size()) + (fresh ? " " + nextSuffix++ : "");
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            search.apply(query, 10);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        return "| %s | %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n".formatted(catalog, mode, millis[MEASURED / 2],
                millis[(int) (MEASURED * 0.99)], millis[MEASURED - 1], cpuMillis[(int) (MEASURED * 0.99)]);
    }

    /** Every query with each word's second letter dropped ("hedphones" style): most words then need the typo search. */
    private static List<String> misspelt(List<String> queries) {
        return queries.stream().map(q -> Arrays.stream(q.split(" "))
                .map(w -> w.length() > 3 ? w.charAt(0) + w.substring(2) : w)
                .reduce((a, b) -> a + " " + b).orElse(q)).toList();
    }

    /** What a customer has typed on the way to each query: its prefixes from two letters on. */
    private static List<String> typed(List<String> queries) {
        List<String> prefixes = new ArrayList<>();
        queries.forEach(q -> {
            for (int i = 2; i <= q.length(); i++) {
                if (q.charAt(i - 1) != ' ') {
                    prefixes.add(q.substring(0, i));
                }
            }
        });
        return prefixes;
    }

    static List<String> queries() throws IOException {
        try (var in = SearchBenchmark.class.getResourceAsStream("/search/eval.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t")[0])
                    .toList();
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long residentKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(0L);
    }
}
