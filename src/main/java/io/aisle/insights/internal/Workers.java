package io.aisle.insights.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/** The module's background threads: one named daemon thread per kind of work, so that runs queue up. */
public final class Workers {

    private Workers() {
    }

    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(daemon(name));
    }

    /** One named daemon thread for periodic work. */
    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(daemon(name));
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
