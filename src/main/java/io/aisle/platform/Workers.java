package io.aisle.platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/** Background threads of a kind of work: one named daemon thread each, so that runs queue up behind each other. */
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
