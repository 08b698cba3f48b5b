package io.aisle.insights.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The module's background threads: one named daemon thread per kind of work, so that runs queue up. */
public final class Workers {

    private Workers() {
    }

    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
