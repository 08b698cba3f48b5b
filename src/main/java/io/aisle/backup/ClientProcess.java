package io.aisle.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One run of a database client program: its output to a file, its errors kept to explain a failure. */
record ClientProcess(List<String> command, Optional<Path> libraries) {

    void run(Path stdout, MariaDbClient.Input stdin) {
        Path errors = null;
        try {
            errors = Files.createTempFile("aisle-client", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectError(errors.toFile())
                    .redirectOutput(stdout == null ? Redirect.DISCARD : Redirect.to(stdout.toFile()))
                    .redirectInput(stdin == null ? Redirect.from(Path.of("/dev/null").toFile()) : Redirect.PIPE);
            // the embedded server's programs find their libraries next to them
            libraries.filter(Files::isDirectory).ifPresent(dir -> builder.environment().put("LD_LIBRARY_PATH", dir.toString()));
            Process process = builder.start();
            if (stdin != null) {
                try (OutputStream in = process.getOutputStream()) {
                    stdin.writeTo(in);
                } catch (IOException e) {
                    // the program stopped reading: its exit code and errors below say why
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupFailedException(Path.of(command.get(0)).getFileName() + " failed (exit " + exit + "): "
                        + Files.readString(errors).strip());
            }
        } catch (IOException e) {
            throw new BackupFailedException("Cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupFailedException(command.get(0) + " was interrupted");
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }
}
