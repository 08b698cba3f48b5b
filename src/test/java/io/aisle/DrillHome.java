package io.aisle;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.util.FileSystemUtils;

/**
 * The home directory of a shop a drill ran in a child JVM. A killed shop's embedded database gets SIGTERM from the
 * kernel when its JVM dies and shuts down cleanly on its own time, writing files (its buffer pool dump) into the home
 * meanwhile; deleting the home before that server is gone races with those writes.
 */
public final class DrillHome {

    private DrillHome() {
    }

    /** Waits until no process names {@code home} on its command line any more, then deletes it. */
    public static void delete(Path home) throws IOException {
        String path = (Files.exists(home) ? home.toRealPath() : home.toAbsolutePath().normalize()).toString();
        await().atMost(Duration.ofMinutes(1)).until(() -> ProcessHandle.allProcesses()
                .noneMatch(process -> process.info().commandLine().map(line -> line.contains(path)).orElse(false)));
        FileSystemUtils.deleteRecursively(home);
        if (Files.exists(home)) {
            throw new IOException("Could not delete " + home);
        }
    }
}
