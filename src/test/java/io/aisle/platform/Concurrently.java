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

    /** The status of each of {@code count} calls, in call order; {@code call} gets the call's index. */
    public static List<Integer> statuses(int count, IntFunction<RestTestClient.ResponseSpec> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                results.add(threads.submit(() -> {
                    start.await();
                    return call.apply(index).returnResult().getStatus().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
