package io.aisle.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded server that the live Aisle owning an {@code AISLE_HOME} runs, found so that a command can work
 * beside the shop (a backup while it sells) as one more client of that server, instead of starting a second
 * server on the same files, which the {@link HomeLock} forbids. Found by the pid file the server writes and
 * proven by its command line: a MariaDB server on exactly this data directory, and the port it listens on.
 */
record RunningServer(long pid, int port) {

    static Optional<RunningServer> find(Path dbDir) {
        Path dir = dbDir.toAbsolutePath().normalize();
        long pid;
        try {
            pid = Long.parseLong(Files.readString(dir.resolve("run").resolve("mariadbd.pid")).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // not started yet, or being restarted by the shop's watchdog
        }
        List<String> commandLine = OrphanedServer.commandLine(pid);
        if (!OrphanedServer.isServerOn(commandLine, dir.resolve("data"))) {
            return Optional.empty();
        }
        return commandLine.stream()
                .filter(arg -> arg.startsWith("--port="))
                .map(arg -> Integer.parseInt(arg.substring("--port=".length())))
                .findFirst()
                .map(port -> new RunningServer(pid, port));
    }
}
