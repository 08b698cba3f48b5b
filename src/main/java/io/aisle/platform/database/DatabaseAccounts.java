package io.aisle.platform.database;

import io.aisle.platform.GeneratedSecret;
import java.nio.file.Path;

/**
 * Who may open the embedded database: {@code root} with a generated password (for operators), and the
 * application's own user with only what the app and its Flyway migrations need, on the {@code aisle}
 * database only. Both passwords live in {@code $AISLE_HOME/secrets}. Both accounts are bound to
 * 127.0.0.1 (the server listens on loopback only and resolves no host names).
 */
record DatabaseAccounts(String rootPassword, String appPassword) {

    static final String DATABASE = "aisle";
    static final String APP_USER = "aisle";
    static final String HOST = "127.0.0.1";
    /** Data and schema changes on our own tables; no FILE, PROCESS, SUPER or access to other databases. */
    static final String APP_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES, "
            + "CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW";

    static DatabaseAccounts load(Path home) {
        return new DatabaseAccounts(GeneratedSecret.loadText(home, "db-root.password"),
                GeneratedSecret.loadText(home, "db-aisle.password"));
    }

    /**
     * Statements the server runs at every start before it accepts connections (its {@code --init-file}):
     * they bring any data directory to this state, a new one or one from a version that ran without
     * grant tables, and re-apply the passwords should the secrets have been replaced. One per line, as
     * the server reads them.
     */
    String initScript() {
        return String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + rootPassword + "';",
                "CREATE USER IF NOT EXISTS 'root'@'" + HOST + "' IDENTIFIED BY '" + rootPassword + "';",
                "ALTER USER 'root'@'" + HOST + "' IDENTIFIED BY '" + rootPassword + "';",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + HOST + "' WITH GRANT OPTION;",
                "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + HOST + "' IDENTIFIED BY '" + appPassword + "';",
                "ALTER USER '" + APP_USER + "'@'" + HOST + "' IDENTIFIED BY '" + appPassword + "';",
                "REVOKE ALL PRIVILEGES, GRANT OPTION FROM '" + APP_USER + "'@'" + HOST + "';",
                "GRANT " + APP_PRIVILEGES + " ON `" + DATABASE + "`.* TO '" + APP_USER + "'@'" + HOST + "';",
                "") ;
    }
}
