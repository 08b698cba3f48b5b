package io.aisle.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Fires requests at once from several threads, released together by a latch, and collects their statuses. */
public final class Concurrently {

    private Concurrently() {
    }

    /** A call that may fail; {@code index} tells the calls apart. */
    @FunctionalInterface
    public interface Call<R> {
        R call(int index) throws Exception;
    }

    /** The status of each of {@code count} calls, in call order; {@code call} gets the call's index. */
    public static List<Integer> statuses(int count, IntFunction<RestTestClient.ResponseSpec> call) throws Exception {
        return results(count, index -> call.apply(index).returnResult().getStatus().value());
    }

    /** The result of each of {@code count} calls, in call order, all released at once. */
    public static <R> List<R> results(int count, Call<R> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<R>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call(index);
                }));
            }
            start.countDown();
            List<R> values = new ArrayList<>();
            for (Future<R> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }
}
