package io.aisle.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongPredicate;

/**
 * Unit-length embeddings of the listed products in one flat float matrix (row {@code i} at
 * {@code i * dims}), searched by brute force: the cosine is a dot product, and 10,000 rows of 384 floats
 * take about a millisecond, faster than any approximate index would pay back at a shop's size. A removed
 * row is filled with the last one, so the matrix stays dense. Reads run in parallel; a change locks it.
 */
final class VectorIndex {

    private final int dims;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> rows = new HashMap<>();
    private long[] ids = new long[64];
    private float[] vectors;
    private int size;

    VectorIndex(int dims) {
        this.dims = dims;
        this.vectors = new float[ids.length * dims];
    }

    int dims() {
        return dims;
    }

    void put(long id, float[] vector) {
        float[] unit = unit(vector);
        lock.writeLock().lock();
        try {
            Integer row = rows.get(id);
            if (row == null) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    vectors = Arrays.copyOf(vectors, size * 2 * dims);
                }
                row = size++;
                rows.put(id, row);
                ids[row] = id;
            }
            System.arraycopy(unit, 0, vectors, row * dims, dims);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void remove(long id) {
        lock.writeLock().lock();
        try {
            Integer row = rows.remove(id);
            if (row == null) {
                return;
            }
            int last = --size;
            if (row != last) {
                ids[row] = ids[last];
                System.arraycopy(vectors, last * dims, vectors, row * dims, dims);
                rows.put(ids[row], row);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The stored unit vector of this product, if it has one. */
    Optional<float[]> get(long id) {
        lock.readLock().lock();
        try {
            Integer row = rows.get(id);
            return row == null ? Optional.empty() : Optional.of(Arrays.copyOfRange(vectors, row * dims, (row + 1) * dims));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The {@code limit} products most similar to the query vector, best first, among those {@code allowed}. */
    List<Hit> nearest(float[] query, int limit, LongPredicate allowed) {
        float[] q = unit(query);
        // a min-heap of row numbers holding the best rows seen so far
        PriorityQueue<int[]> best = new PriorityQueue<>(limit + 1, (a, b) -> Float.compare(
                Float.intBitsToFloat(a[1]), Float.intBitsToFloat(b[1])));
        lock.readLock().lock();
        try {
            float floor = Float.NEGATIVE_INFINITY;
            for (int row = 0; row < size; row++) {
                float score = dot(q, vectors, row * dims);
                if ((best.size() < limit || score > floor) && allowed.test(ids[row])) {
                    best.add(new int[] {row, Float.floatToIntBits(score)});
                    if (best.size() > limit) {
                        best.poll();
                    }
                    if (best.size() == limit) {
                        floor = Float.intBitsToFloat(best.peek()[1]);
                    }
                }
            }
            List<Hit> hits = new ArrayList<>(best.size());
            for (int[] entry : best) {
                hits.add(new Hit(ids[entry[0]], Float.intBitsToFloat(entry[1])));
            }
            hits.sort(Ranking.BEST_FIRST);
            return hits;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Four running sums let the CPU overlap the multiply-adds (a single sum is one long dependency chain). */
    private float dot(float[] q, float[] matrix, int offset) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dims; i += 4) {
            s0 += q[i] * matrix[offset + i];
            s1 += q[i + 1] * matrix[offset + i + 1];
            s2 += q[i + 2] * matrix[offset + i + 2];
            s3 += q[i + 3] * matrix[offset + i + 3];
        }
        for (; i < dims; i++) {
            s0 += q[i] * matrix[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private float[] unit(float[] vector) {
        if (vector.length != dims) {
            throw new IllegalArgumentException("expected " + dims + " dimensions, got " + vector.length);
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[dims];
        for (int i = 0; i < dims; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
