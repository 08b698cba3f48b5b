package io.aisle.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The connection and credentials for one run of a client program, in a MariaDB option file that only this
 * user can read, deleted right after the run.
 */
record ClientOptionFile(Path path) implements AutoCloseable {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

    static ClientOptionFile write(MariaDbClient db) {
        try {
            Path file = Files.createTempFile("aisle-client", ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            List<String> lines = new ArrayList<>(List.of("[client]",
                    "host=" + quoted(db.host()),
                    "port=" + db.port(),
                    "protocol=TCP",
                    "user=" + quoted(db.user()),
                    "password=" + quoted(db.password())));
            if (LOOPBACK.contains(db.host())) {
                // MariaDB 11 clients insist on TLS, which the embedded server (loopback only) does not offer;
                // to any other host the client's own TLS settings apply
                lines.add("skip-ssl");
            }
            lines.add("");
            Files.writeString(file, String.join("\n", lines));
            return new ClientOptionFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the database client's option file", e);
        }
    }

    /** Option files unescape backslashes and quotes inside double quotes. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path + ", which holds a database password", e);
        }
    }
}
