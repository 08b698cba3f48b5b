package io.aisle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new, empty schema on the tests' embedded MariaDB, for tests that need a database of their own (a fresh
 * deployment, a migration from an older version). The shop's own database account may not create databases,
 * so it is reached as the embedded server's root.
 */
public record ScratchSchema(String name, String url, String rootPassword) {

    public static ScratchSchema create(Environment environment, String prefix) throws IOException {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = environment.getProperty("spring.datasource.url").replaceFirst("(//[^/]+/)[^?]*.*",
                "$1" + name + "?createDatabaseIfNotExist=true");
        String rootPassword = Files.readString(Path.of(environment.getProperty("aisle.home"), "secrets", "db-root.password"));
        return new ScratchSchema(name, url, rootPassword);
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource(url, "root", rootPassword);
    }

    public void drop() {
        JdbcClient.create(dataSource()).sql("DROP DATABASE IF EXISTS " + name).update();
    }
}
