package io.aisle.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.aisle.ScratchSchema;
import io.aisle.ordering.OrderingApiTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The shop's database and home backed up while checkouts run, and restored into an empty database and a new
 * home: one moment of the shop, whole (no order without its lines, no unit sold twice or lost).
 */
class ShopBackupTests extends OrderingApiTest {

    private static final int START_STOCK = 1000;
    private static final Path WORK = Path.of("target", "backup-tests");

    @Autowired
    private ShopBackup backups;

    @Autowired
    private Environment env;

    @Value("${aisle.home}")
    private Path home;

    private final List<ScratchSchema> scratches = new ArrayList<>();

    @AfterEach
    void dropScratchSchemas() {
        scratches.forEach(ScratchSchema::drop);
    }

    @Test
    void backsUpOneMomentOfTheShopWhileCheckoutsGoOnAndRestoresItIntoAnEmptyDatabase() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), START_STOCK);
        List<Customer> buyers = List.of(newCustomer(), newCustomer(), newCustomer(), newCustomer(), newCustomer(), newCustomer());
        Path during = folder("during");
        AtomicInteger placed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(buyers.size());
        List<Future<?>> buying = buyers.stream().map(buyer -> threads.submit(() -> {
            for (int units = 1; !stop.get(); units = units % 3 + 1) {
                buy(buyer, product, units);
                placed.incrementAndGet();
            }
        })).collect(java.util.stream.Collectors.toList());
        BackupManifest manifest;
        int placedAfterBackup;
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> placed.get() >= 12);
            manifest = backups.backup(MariaDbClient.of(env), home, during);
            int placedByTheEnd = placed.get();
            // the dump never held the writers up: orders went on being placed after it
            await().atMost(Duration.ofMinutes(1)).until(() -> placed.get() >= placedByTheEnd + 6);
        } finally {
            stop.set(true);
            threads.shutdown();
        }
        for (Future<?> buyer : buying) {
            buyer.get();
        }
        placedAfterBackup = placed.get();

        Path restoredHome = folder("during-home");
        JdbcClient restored = restoreIntoEmptyDatabase(during, restoredHome);
        int sold = unitsSold(restored, product);
        assertThat(sold).as("units sold in the backup").isPositive().isLessThan(unitsSold(jdbc, product));
        assertThat(stock(restored, product) + sold).as("stock + units sold in the backup").isEqualTo(START_STOCK);
        List<Long> orders = restored.sql("SELECT DISTINCT order_id FROM order_items WHERE product_id = :product ORDER BY order_id")
                .param("product", product).query(Long.class).list();
        assertThat(orders).hasSizeLessThan(placedAfterBackup);
        assertThat(orderLines(restored, orders)).as("each order of the backup with all its lines")
                .isEqualTo(orderLines(jdbc, orders));
        assertThat(manifest.files()).extracting(FileEntry::path).contains("home/secrets/db-root.password");
        assertThat(Files.readString(restoredHome.resolve("secrets/db-root.password")))
                .isEqualTo(Files.readString(home.resolve("secrets/db-root.password")));
        assertThat(Files.getPosixFilePermissions(during)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(during.resolve("database.sql"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(during.resolve("home/secrets/db-root.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Path after = folder("after");
        backups.backup(MariaDbClient.of(env), home, after);
        JdbcClient restoredAfter = restoreIntoEmptyDatabase(after, folder("after-home"));
        assertThat(unitsSold(restoredAfter, product) + stock(restoredAfter, product)).isEqualTo(START_STOCK);
        for (String table : List.of("orders", "order_items", "products", "product_variants")) {
            assertThat(checksum(restoredAfter, table)).as(table).isEqualTo(checksum(jdbc, table));
        }
    }

    @Test
    void refusesToRestoreOverADatabaseThatHoldsAShopAndChangesNothing() throws Exception {
        Path backup = folder("refused");
        backups.backup(MariaDbClient.of(env), home, backup);
        long product = newProduct(CATEGORY, new BigDecimal("7.00"), 3);

        Path otherHome = folder("refused-home");
        assertThatThrownBy(() -> backups.restore(backup, MariaDbClient.of(env), otherHome, false))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("is not empty").hasMessageContaining("--force");

        assertThat(stockInDatabase(product)).as("the product made after the backup is still there").isEqualTo(3);
        assertThat(otherHome).doesNotExist();
    }

    @Test
    void refusesABackupWhoseDumpChangedAndTouchesNothing() throws Exception {
        Path backup = folder("tampered");
        backups.backup(MariaDbClient.of(env), home, backup);
        Files.writeString(backup.resolve("database.sql"), "DROP TABLE orders;\n", java.nio.file.StandardOpenOption.APPEND);
        ScratchSchema scratch = emptyScratchSchema();

        assertThatThrownBy(() -> backups.restore(backup, client(scratch), folder("tampered-home"), false))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("database.sql is missing or changed");

        assertThat(client(scratch).tables()).isEmpty();
    }

    @Test
    void refusesToBackUpIntoAFolderThatHoldsFiles() throws Exception {
        Path used = folder("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> backups.backup(MariaDbClient.of(env), home, used))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("not empty");
        assertThat(used.resolve("database.sql")).doesNotExist();
    }

    private JdbcClient restoreIntoEmptyDatabase(Path backup, Path newHome) {
        ScratchSchema scratch = emptyScratchSchema();
        backups.restore(backup, client(scratch), newHome, false);
        return JdbcClient.create(scratch.dataSource());
    }

    private ScratchSchema emptyScratchSchema() {
        try {
            ScratchSchema scratch = ScratchSchema.create(env, "restore_");
            scratches.add(scratch);
            JdbcClient.create(scratch.dataSource()).sql("SELECT 1").query(Integer.class).single(); // creates it
            return scratch;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private MariaDbClient client(ScratchSchema scratch) {
        MariaDbClient app = MariaDbClient.of(env);
        return new MariaDbClient(app.host(), app.port(), scratch.name(), "root", scratch.rootPassword(), app.programs());
    }

    private static Path folder(String name) {
        Path folder = WORK.resolve(name + "-" + System.nanoTime());
        return folder.toAbsolutePath();
    }

    private static int unitsSold(JdbcClient db, long product) {
        return db.sql("SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE product_id = :product")
                .param("product", product).query(Integer.class).single();
    }

    private static int stock(JdbcClient db, long product) {
        return db.sql("SELECT stock FROM products WHERE id = :product").param("product", product).query(Integer.class).single();
    }

    private static List<Map<String, Object>> orderLines(JdbcClient db, List<Long> orders) {
        return db.sql("SELECT * FROM order_items WHERE order_id IN (:orders) ORDER BY id").param("orders", orders)
                .query().listOfRows();
    }

    private static Optional<Long> checksum(JdbcClient db, String table) {
        return db.sql("CHECKSUM TABLE " + table).query((row, n) -> row.getLong(2)).optional();
    }

    static {
        FileSystemUtils.deleteRecursively(WORK.toFile());
    }
}
