package io.aisle.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The vector index keeps a byte per dimension, and ranks as exact float cosines do, to within the 8-bit steps. */
class VectorIndexTests {

    private static final int DIMS = 384;
    private final Random random = new Random(7);

    @Test
    void keepsAByteADimensionSoAHundredThousandProductsFitIn40Megabytes() {
        VectorIndex index = new VectorIndex(DIMS);
        for (int id = 0; id < 4_096; id++) {
            index.put(id, randomVector());
        }
        // 4,096 rows: floats would take 6.3 MB; bytes with a scale and an id per row take 1.6 MB
        assertThat(index.bytes()).isLessThanOrEqualTo(4_096L * (DIMS + Float.BYTES + Long.BYTES));
    }

    @Test
    void scoresAreTheExactCosinesToWithinOneHundredthAndTheBestIsFound() {
        VectorIndex index = new VectorIndex(DIMS);
        float[][] vectors = new float[2_000][];
        for (int id = 0; id < vectors.length; id++) {
            vectors[id] = randomVector();
            index.put(id, vectors[id]);
        }
        for (int i = 0; i < 20; i++) {
            float[] query = vectors[random.nextInt(vectors.length)].clone();
            query[random.nextInt(DIMS)] += 0.5f;
            List<Hit> hits = index.nearest(query, 5, id -> true);
            int best = 0;
            for (int id = 1; id < vectors.length; id++) {
                best = cosine(query, vectors[id]) > cosine(query, vectors[best]) ? id : best;
            }
            assertThat(hits.get(0).productId()).isEqualTo(best);
            for (Hit hit : hits) {
                assertThat((double) hit.score()).isCloseTo(cosine(query, vectors[(int) hit.productId()]), within(0.01));
            }
        }
        assertThat(index.get(3).orElseThrow()).hasSize(DIMS);
    }

    private float[] randomVector() {
        float[] v = new float[DIMS];
        for (int i = 0; i < DIMS; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
