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
 * Unit-length embeddings of the listed products in one flat matrix (row {@code i} at {@code i * dims}),
 * searched by brute force: the cosine is a dot product. Each row is kept as 8-bit integers with one scale
 * (the row's largest magnitude / 127): a quarter of the memory of floats (100,000 products: 38 MB instead
 * of 154 MB), and a quarter of the bytes a scan streams through, which is what bounds it at that size. The
 * cosines move by less than 0.01 (bench/search.sh recall measures the recall against floats). The query is
 * scaled to 16-bit integers, so a row costs integer multiply-adds only (24 ms for 100,000 rows against 43 ms
 * with floats, on the shared machine). A removed row is
 * filled with the last one, so the matrix stays dense. Reads run in parallel; a change locks it.
 */
final class VectorIndex {

    private final int dims;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> rows = new HashMap<>();
    private long[] ids = new long[64];
    private byte[] codes;
    private float[] scales = new float[64];
    private int size;

    VectorIndex(int dims) {
        this.dims = dims;
        this.codes = new byte[ids.length * dims];
    }

    int dims() {
        return dims;
    }

    void put(long id, float[] vector) {
        float[] unit = unit(vector);
        float largest = 0;
        for (float v : unit) {
            largest = Math.max(largest, Math.abs(v));
        }
        float scale = largest == 0 ? 0 : largest / 127;
        byte[] quantised = new byte[dims];
        for (int i = 0; i < dims; i++) {
            quantised[i] = scale == 0 ? 0 : (byte) Math.round(unit[i] / scale);
        }
        lock.writeLock().lock();
        try {
            Integer row = rows.get(id);
            if (row == null) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    scales = Arrays.copyOf(scales, size * 2);
                    codes = Arrays.copyOf(codes, size * 2 * dims);
                }
                row = size++;
                rows.put(id, row);
                ids[row] = id;
            }
            System.arraycopy(quantised, 0, codes, row * dims, dims);
            scales[row] = scale;
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
                scales[row] = scales[last];
                System.arraycopy(codes, last * dims, codes, row * dims, dims);
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

    /** The memory the vectors take: 8-bit rows with their scales and ids (the map of rows not counted). */
    long bytes() {
        lock.readLock().lock();
        try {
            return (long) codes.length + scales.length * (long) Float.BYTES + ids.length * (long) Long.BYTES;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The stored unit vector of this product (as kept: to within the 8-bit steps), if it has one. */
    Optional<float[]> get(long id) {
        lock.readLock().lock();
        try {
            Integer row = rows.get(id);
            if (row == null) {
                return Optional.empty();
            }
            float[] vector = new float[dims];
            for (int i = 0; i < dims; i++) {
                vector[i] = codes[row * dims + i] * scales[row];
            }
            return Optional.of(vector);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The {@code limit} products most similar to the query vector, best first, among those {@code allowed}. */
    List<Hit> nearest(float[] query, int limit, LongPredicate allowed) {
        float[] unit = unit(query);
        // the query in 16-bit steps: integer multiply-adds, which the JIT turns into vector instructions
        float largest = 0;
        for (float v : unit) {
            largest = Math.max(largest, Math.abs(v));
        }
        float queryScale = largest == 0 ? 0 : largest / Short.MAX_VALUE;
        int[] q = new int[dims];
        for (int i = 0; i < dims; i++) {
            q[i] = queryScale == 0 ? 0 : Math.round(unit[i] / queryScale);
        }
        // a min-heap of row numbers holding the best rows seen so far
        PriorityQueue<int[]> best = new PriorityQueue<>(limit + 1, (a, b) -> Float.compare(
                Float.intBitsToFloat(a[1]), Float.intBitsToFloat(b[1])));
        lock.readLock().lock();
        try {
            float floor = Float.NEGATIVE_INFINITY;
            for (int row = 0; row < size; row++) {
                float score = queryScale * scales[row] * dot(q, codes, row * dims);
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

    /** At most 32,767 x 127 x 384, well within an int. */
    private int dot(int[] q, byte[] matrix, int offset) {
        int sum = 0;
        for (int i = 0; i < dims; i++) {
            sum += q[i] * matrix[offset + i];
        }
        return sum;
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
