package io.aisle.platform.database;

import io.aisle.platform.database.HomeLock.DatabaseInUseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server still running on our data directory although no Aisle JVM owns it any more: what
 * {@code kill -9} of the app leaves behind. It holds the data files' locks, so no new server can start
 * until it is gone. Only a process whose command line proves it is a MariaDB server on exactly this data
 * directory is touched (never a foreign server, nor a process that reused a recorded pid), and not when
 * a live JVM is its parent (an Aisle version without {@link HomeLock} still using it).
 */
record OrphanedServer(ProcessHandle process) {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    /** The server left on {@code dataDir}, found by reading every process's command line (Linux). */
    static Optional<OrphanedServer> find(Path dataDir) {
        Path wanted = dataDir.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> isServerOn(commandLine(p.pid()), wanted))
                .findFirst()
                .map(OrphanedServer::new);
    }

    static boolean isServerOn(List<String> commandLine, Path dataDir) {
        if (commandLine.isEmpty()) {
            return false;
        }
        String program = Path.of(commandLine.get(0)).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        return commandLine.stream()
                .filter(arg -> arg.startsWith("--datadir="))
                .map(arg -> Path.of(arg.substring("--datadir=".length())).toAbsolutePath().normalize())
                .anyMatch(dataDir::equals);
    }

    static List<String> commandLine(long pid) {
        try {
            String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
        } catch (IOException | SecurityException e) {
            return List.of(); // gone, not ours to read, or no /proc: not a server we may touch
        }
    }

    /** Stops it: SIGTERM (a clean shutdown), then SIGKILL after {@code grace}; InnoDB recovers either way. */
    void stop(Duration grace) {
        Optional<ProcessHandle> parent = process.parent().filter(ProcessHandle::isAlive);
        if (parent.map(OrphanedServer::isJvm).orElse(false)) {
            throw new DatabaseInUseException("The embedded database is in use by MariaDB server pid " + process.pid()
                    + ", the child of the running Java process " + parent.get().pid()
                    + ". Stop that process first, or give this one its own AISLE_HOME.");
        }
        log.warn("Stopping the embedded MariaDB server (pid {}) that a previous run left on the data directory", process.pid());
        process.destroy();
        if (!exited(grace)) {
            log.warn("MariaDB server pid {} did not stop within {}; killing it", process.pid(), grace);
            process.destroyForcibly();
            if (!exited(Duration.ofSeconds(10))) {
                throw new IllegalStateException("Could not stop MariaDB server pid " + process.pid() + " on the data directory");
            }
        }
    }

    private boolean exited(Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean isJvm(ProcessHandle process) {
        List<String> commandLine = commandLine(process.pid());
        return !commandLine.isEmpty() && Path.of(commandLine.get(0)).getFileName().toString().equals("java");
    }
}
