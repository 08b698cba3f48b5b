package io.aisle.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded database runs with grant tables: root needs the generated secret, and the app's user
 * reaches only the {@code aisle} database. On a server of its own, in its own AISLE_HOME under target/.
 */
class EmbeddedDatabaseAccessTests {

    private static Path HOME;
    private static EmbeddedMariaDb db;

    @BeforeAll
    static void start() throws Exception {
        HOME = TestHomes.fresh("access");
        db = EmbeddedMariaDb.start(HOME, true);
    }

    @AfterAll
    static void stop() {
        db.stop();
    }

    @Test
    void refusesRootWithoutTheGeneratedPasswordAnOperatorFindsInSecrets() throws Exception {
        assertThatThrownBy(() -> connect("root", "")).isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> connect("root", "wrong")).isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        String fromSecrets = Files.readString(HOME.resolve("secrets/db-root.password")).trim();
        try (Connection root = connect("root", fromSecrets);
                ResultSet accounts = root.createStatement().executeQuery(
                        "SELECT CONCAT(User, '@', Host), JSON_VALUE(Priv, '$.plugin') FROM mysql.global_priv WHERE User <> 'PUBLIC'")) {
            List<String> found = new ArrayList<>();
            while (accounts.next()) {
                found.add(accounts.getString(1) + " " + accounts.getString(2));
            }
            assertThat(found).as("no anonymous account, no login without a password (PUBLIC is a role)")
                    .allMatch(account -> account.startsWith("mariadb.sys@") || account.endsWith(" mysql_native_password"))
                    .noneMatch(account -> account.startsWith("@"));
        }
    }

    @Test
    void letsTheAppUserWorkInItsOwnDatabaseOnly() throws SQLException {
        try (Connection app = connect(DatabaseAccounts.APP_USER, db.accounts().appPassword())) {
            var sql = app.createStatement();
            sql.execute("CREATE TABLE IF NOT EXISTS aisle.access_probe (id INT PRIMARY KEY)");
            sql.execute("REPLACE INTO aisle.access_probe VALUES (1)");
            assertThat(sql.executeQuery("SELECT id FROM aisle.access_probe").next()).isTrue();
            assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM mysql.user")).hasMessageContaining("denied");
            assertThatThrownBy(() -> sql.execute("CREATE DATABASE elsewhere")).hasMessageContaining("denied");
            assertThatThrownBy(() -> sql.execute("CREATE USER 'intruder'@'%'")).hasMessageContaining("denied");
            assertThatThrownBy(() -> sql.execute("SET GLOBAL max_connections = 5")).hasMessageContaining("denied");
        }
    }

    @Test
    void keepsThePasswordsReadableByTheirOwnerOnly() throws Exception {
        for (String name : new String[] {"db-root.password", "db-aisle.password"}) {
            Path file = HOME.resolve("secrets").resolve(name);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(HOME.resolve("db/run/init.sql")).as("the start script with the passwords is gone").doesNotExist();
    }

    private static Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/", user, password);
    }
}
