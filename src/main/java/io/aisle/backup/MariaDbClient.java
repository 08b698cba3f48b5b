package io.aisle.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * MariaDB's own client programs ({@code mariadb-dump}, {@code mariadb}) pointed at one database. The embedded
 * server's copies run when {@code programs} names them, else those on the {@code PATH}. The credentials reach
 * them in an option file readable by this user only ({@link ClientOptionFile}), never on a command line that
 * {@code ps} shows to every user of the machine.
 */
public record MariaDbClient(String host, int port, String database, String user, String password, Optional<Path> programs) {

    /** {@code jdbc:mariadb://host:port/db?...}, also {@code jdbc:mysql:} and failover lists (their first host). */
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:(?:mariadb|mysql)(?::[a-z]+)?://([^/,?]+)[^/]*/([^?;]+).*");

    /** The database this application uses: {@code spring.datasource.*} as the embedded database or AISLE_DB_URL set it. */
    public static MariaDbClient of(Environment env) {
        String programs = env.getProperty("aisle.db.clients", "");
        return parse(env.getRequiredProperty("spring.datasource.url"), env.getProperty("spring.datasource.username", ""),
                env.getProperty("spring.datasource.password", ""),
                StringUtils.hasText(programs) ? Optional.of(Path.of(programs)) : Optional.empty());
    }

    public static MariaDbClient parse(String jdbcUrl, String user, String password, Optional<Path> programs) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new BackupRefusedException("Cannot read host and database from the JDBC URL " + jdbcUrl.replaceFirst("\\?.*", "")
                    + "; expected jdbc:mariadb://host:port/database");
        }
        String address = url.group(1);
        int colon = address.lastIndexOf(':');
        boolean hasPort = colon > address.lastIndexOf(']');
        String host = (hasPort ? address.substring(0, colon) : address).replace("[", "").replace("]", "");
        int port = hasPort ? Integer.parseInt(address.substring(colon + 1)) : 3306;
        return new MariaDbClient(host, port, url.group(2), user, password, programs);
    }

    /** The newest schema version Flyway applied, or "none" in a database without Aisle's schema. */
    public String schemaVersion() {
        List<String> tables = tables();
        if (!tables.contains("flyway_schema_history")) {
            return "none";
        }
        return query("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1").stream().findFirst().orElse("none");
    }

    /** The tables and views of the database. */
    public List<String> tables() {
        return query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name");
    }

    /**
     * A consistent snapshot into {@code file}: one transaction with a consistent read view (InnoDB), so
     * writers are not blocked and every table shows the same moment.
     */
    public void dump(Path file) {
        run("mariadb-dump", List.of("--single-transaction", "--quick", "--hex-blob", "--triggers", "--no-tablespaces",
                "--skip-lock-tables", "--default-character-set=utf8mb4", database), file, null);
    }

    /** Runs {@code prelude} and then the statements of {@code dump} in one session. */
    public void load(String prelude, Path dump) {
        run("mariadb", List.of("--default-character-set=utf8mb4", "--binary-mode", database), null, stdin -> {
            stdin.write(prelude.getBytes(StandardCharsets.UTF_8));
            Files.copy(dump, stdin);
        });
    }

    private List<String> query(String sql) {
        try {
            Path out = Files.createTempFile("aisle-query", ".tsv");
            try {
                run("mariadb", List.of("--batch", "--skip-column-names", "--execute=" + sql, database), out, null);
                return Files.readAllLines(out).stream().filter(line -> !line.isBlank()).toList();
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a client program reads from its standard input. */
    interface Input {
        void writeTo(OutputStream stdin) throws IOException;
    }

    private void run(String program, List<String> args, Path stdout, Input stdin) {
        try (ClientOptionFile options = ClientOptionFile.write(this)) {
            List<String> command = new ArrayList<>();
            command.add(programs.map(dir -> dir.resolve(program).toString()).orElse(program));
            command.add("--defaults-file=" + options.path()); // must come first, and keeps ~/.my.cnf out
            command.addAll(args);
            new ClientProcess(command, programs.map(dir -> dir.resolveSibling("libs"))).run(stdout, stdin);
        }
    }
}
