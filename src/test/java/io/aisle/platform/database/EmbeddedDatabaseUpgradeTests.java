package io.aisle.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A data directory of a version without grant tables is secured in place at the next start, not wiped. */
class EmbeddedDatabaseUpgradeTests {

    @Test
    void securesADataDirectoryOfAnOpenVersionAndKeepsItsRows() throws Exception {
        Path home = TestHomes.fresh("upgrade");
        OldVersionDataDir.create(home);

        EmbeddedMariaDb db = EmbeddedMariaDb.start(home, true);
        try {
            String url = "jdbc:mariadb://127.0.0.1:" + db.port() + "/aisle";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "root", ""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (Connection app = DriverManager.getConnection(url, DatabaseAccounts.APP_USER, db.accounts().appPassword());
                    ResultSet row = app.createStatement().executeQuery("SELECT total FROM orders_probe WHERE id = 1")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBigDecimal(1)).isEqualByComparingTo("19.98");
            }
        } finally {
            db.stop();
        }
    }
}
