package io.aisle.platform.database;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the embedded server when its process dies while the app runs ({@code kill -9}, the OOM killer,
 * a crash): InnoDB recovers every committed transaction as it starts. Until it is back, the app's
 * connections fail fast and requests get 503 answers. Retries with a growing pause (up to 5 s) until the
 * server runs again or the watchdog is closed.
 */
final class ServerWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);
    private static final long MAX_PAUSE_MILLIS = 5_000;

    private final Runnable restart;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "aisle-mariadb-watchdog");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    ServerWatchdog(Runnable restart) {
        this.restart = restart;
    }

    void watch(ProcessHandle server) {
        server.onExit().thenRunAsync(() -> restartAfterExit(server.pid()), thread);
    }

    void close() {
        closed = true;
        thread.shutdown();
    }

    private void restartAfterExit(long pid) {
        long pause = 250;
        log.error("The embedded MariaDB server (pid {}) stopped while the app runs; restarting it", pid);
        while (!closed) {
            try {
                restart.run();
                return;
            } catch (RuntimeException e) {
                log.error("Restarting the embedded MariaDB failed ({}); trying again in {} ms", e.getMessage(), pause);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }
}
