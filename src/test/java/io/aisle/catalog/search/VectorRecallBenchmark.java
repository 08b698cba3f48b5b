package io.aisle.catalog.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.aisle.catalog.Product;
import io.aisle.catalog.SearchProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What keeping the vectors as 8-bit integers costs and saves (run with {@code bench/search.sh recall [products]}):
 * recall@10 of the 8-bit scan against exact float cosines over real embeddings of generated products, for the
 * evaluation queries and for product names, the largest cosine error, the memory of both, and the time of one
 * scan of 100,000 rows either way (the embedded rows repeated up to 100,000).
 */
final class VectorRecallBenchmark {

    private static final int K = 10;
    private static final int SCALE = 100_000;

    private VectorRecallBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        SearchEngine engine = new SearchEngine(model, new SearchProperties(null, null, null));
        List<Product> products = new ArrayList<>(SampleProducts.load());
        products.addAll(GeneratedCatalog.generate(Math.max(0, total - products.size()), products.size() + 1, 42));
        int dims = model.dimension();
        float[][] exact = new float[products.size()][];
        VectorIndex quantised = new VectorIndex(dims);
        for (int i = 0; i < products.size(); i += 32) {
            List<float[]> vectors = engine.embed(products.subList(i, Math.min(products.size(), i + 32)));
            for (int j = 0; j < vectors.size(); j++) {
                exact[i + j] = unit(vectors.get(j));
                quantised.put(i + j, vectors.get(j));
            }
        }
        List<String> queries = new ArrayList<>(SearchBenchmark.queries());
        for (int i = 0; i < 200; i++) {
            queries.add(products.get(i * 7919 % products.size()).name());
        }
        double recall = 0;
        double worstError = 0;
        int perfect = 0;
        for (String query : queries) {
            float[] q = unit(model.embed(query).content().vector());
            Set<Long> truth = exactTop(exact, q);
            List<Hit> found = quantised.nearest(q, K, id -> true);
            long same = found.stream().filter(h -> truth.contains(h.productId())).count();
            recall += same / (double) K;
            perfect += same == K ? 1 : 0;
            for (Hit hit : found) {
                worstError = Math.max(worstError, Math.abs(hit.score() - dot(q, exact[(int) hit.productId()])));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("| products | queries | recall@10, 8-bit vs float | queries with all 10 the same | largest cosine error |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: |\n");
        out.append("| %d | %d | %.4f | %d | %.4f |%n%n".formatted(products.size(), queries.size(), recall / queries.size(),
                perfect, worstError));
        out.append(scanTimes(exact, dims));
        System.out.println(out);
        Files.writeString(Path.of("target/search-recall.md"), out);
    }

    /** One scan of 100,000 rows, float matrix against 8-bit rows: median of 50 scans after 20 of warm-up. */
    private static String scanTimes(float[][] exact, int dims) {
        float[] floats = new float[SCALE * dims];
        VectorIndex quantised = new VectorIndex(dims);
        for (int row = 0; row < SCALE; row++) {
            System.arraycopy(exact[row % exact.length], 0, floats, row * dims, dims);
            quantised.put(row, exact[row % exact.length]);
        }
        float[] q = exact[0];
        long[] floatTimes = new long[70];
        long[] byteTimes = new long[70];
        for (int i = 0; i < 70; i++) {
            long start = System.nanoTime();
            float best = Float.NEGATIVE_INFINITY;
            for (int row = 0; row < SCALE; row++) {
                float s = 0;
                for (int d = 0; d < dims; d++) {
                    s += q[d] * floats[row * dims + d];
                }
                best = Math.max(best, s);
            }
            floatTimes[i] = System.nanoTime() - start + (best > 2 ? 1 : 0);
            start = System.nanoTime();
            quantised.nearest(q, K, id -> true);
            byteTimes[i] = System.nanoTime() - start;
        }
        long[] f = Arrays.copyOfRange(floatTimes, 20, 70);
        long[] b = Arrays.copyOfRange(byteTimes, 20, 70);
        Arrays.sort(f);
        Arrays.sort(b);
        return ("| 100,000 vectors of %d dimensions | memory | one scan (median of 50) |%n| --- | ---: | ---: |%n"
                + "| float32 | %.1f MB | %.1f ms |%n| 8-bit + a scale per row | %.1f MB | %.1f ms |%n").formatted(dims,
                SCALE * dims * 4 / 1e6, f[25] / 1e6, SCALE * (dims + 4) / 1e6, b[25] / 1e6);
    }

    private static Set<Long> exactTop(float[][] exact, float[] q) {
        Integer[] rows = new Integer[exact.length];
        float[] scores = new float[exact.length];
        for (int i = 0; i < exact.length; i++) {
            rows[i] = i;
            scores[i] = dot(q, exact[i]);
        }
        Arrays.sort(rows, (a, b) -> Float.compare(scores[b], scores[a]));
        Set<Long> top = new HashSet<>();
        for (int i = 0; i < K; i++) {
            top.add((long) rows[i]);
        }
        return top;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return u;
    }
}
