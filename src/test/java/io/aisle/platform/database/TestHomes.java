package io.aisle.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fresh AISLE_HOMEs under target/ for tests that run servers of their own. They share one copy of the
 * MariaDB binaries (150 MB, unpacked once) through a link, but each has its own data, secrets and lock.
 */
final class TestHomes {

    private static final Path ROOT = Path.of("target", "db-tests").toAbsolutePath();

    private TestHomes() {
    }

    static Path fresh(String name) throws IOException {
        Path home = ROOT.resolve(name);
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(home.resolve("db"));
        Files.createDirectories(ROOT.resolve("base"));
        Files.createSymbolicLink(home.resolve("db/base"), ROOT.resolve("base"));
        return home;
    }
}
