package io.aisle.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.aisle.platform.database.HomeLock.DatabaseInUseException;
import ch.vorburger.exec.ManagedProcessException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a crash leaves behind is cleaned up without a person: a killed server is restarted under the
 * running app, the server a killed app left behind is taken over by the next start, and no committed
 * row is lost. Each on a server of its own, in its own AISLE_HOME under target/.
 */
class EmbeddedDatabaseRecoveryTests {

    private static final Duration SERVING_AGAIN = Duration.ofSeconds(30);

    @Test
    void restartsAKilledServerOnTheSamePortWithEveryCommittedRow() throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(TestHomes.fresh("restart"), true);
        try {
            int port = db.port();
            commitOrder(port, db.accounts().appPassword(), 1);
            ProcessHandle server = db.process().orElseThrow();

            server.destroyForcibly();

            await().atMost(SERVING_AGAIN).ignoreExceptions()
                    .until(() -> orderTotal(port, db.accounts().appPassword(), 1) != null);
            assertThat(db.process().orElseThrow().pid()).isNotEqualTo(server.pid());
            assertThat(db.port()).isEqualTo(port);
        } finally {
            db.stop();
        }
    }

    @Test
    void takesOverTheServerAKilledAppLeftBehindButNeverOneALiveAppUses() throws Exception {
        Path home = TestHomes.fresh("takeover");
        ChildJvmServer app = ChildJvmServer.start(home, false); // as where setpriv is missing: the server outlives the app
        try {
            DatabaseAccounts accounts = DatabaseAccounts.load(home);
            commitOrder(app.port, accounts.appPassword(), 7);

            assertThatThrownBy(() -> EmbeddedMariaDb.start(home, true))
                    .isInstanceOf(DatabaseInUseException.class).hasMessageContaining("pid " + app.jvmPid());
            app.kill();
            assertThat(ProcessHandle.of(app.serverPid)).as("the orphan").hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

            EmbeddedMariaDb next = EmbeddedMariaDb.start(home, true);
            try {
                assertThat(ProcessHandle.of(app.serverPid).filter(ProcessHandle::isAlive)).isEmpty();
                assertThat(orderTotal(next.port(), accounts.appPassword(), 7)).isEqualByComparingTo("19.98");
            } finally {
                next.stop();
            }
        } finally {
            app.close();
        }
    }

    @Test
    void stopsTheServerWhenTheAppThatStartedItIsKilled() throws Exception {
        ChildJvmServer app = ChildJvmServer.start(TestHomes.fresh("die-with-app"), true);
        try {
            app.kill();
            await().atMost(SERVING_AGAIN).until(() -> ProcessHandle.of(app.serverPid).filter(ProcessHandle::isAlive).isEmpty());
        } finally {
            app.close();
        }
    }

    @Test
    void failsAtOnceInsteadOfWaiting30SecondsWhenTheServerAbortsWhileStarting() throws Exception {
        Path home = TestHomes.fresh("aborted-start");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MariaDbServer server = MariaDbServer.create(home.resolve("db"), taken.getLocalPort(), "", true);
            long started = System.nanoTime();

            assertThatThrownBy(server::start).isInstanceOf(ManagedProcessException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void recognisesOnlyAMariaDbServerOnItsOwnDataDirectory() {
        Path ours = Path.of("/srv/aisle/db/data");
        assertThat(OrphanedServer.isServerOn(List.of("/opt/x/bin/mariadbd", "--no-defaults", "--datadir=/srv/aisle/db/./data"), ours)).isTrue();
        assertThat(OrphanedServer.isServerOn(List.of("/usr/sbin/mariadbd", "--datadir=/var/lib/mysql"), ours)).as("a foreign server").isFalse();
        assertThat(OrphanedServer.isServerOn(List.of("/usr/bin/tail", "--datadir=/srv/aisle/db/data"), ours)).as("another program").isFalse();
        assertThat(OrphanedServer.isServerOn(List.of(), ours)).as("a process we may not read").isFalse();
    }

    private static void commitOrder(int port, String password, int id) throws SQLException {
        try (Connection app = connect(port, password)) {
            app.createStatement().execute("CREATE TABLE IF NOT EXISTS orders_probe (id INT PRIMARY KEY, total DECIMAL(12,2))");
            app.createStatement().execute("REPLACE INTO orders_probe VALUES (" + id + ", 19.98)");
        }
    }

    private static java.math.BigDecimal orderTotal(int port, String password, int id) throws SQLException {
        try (Connection app = connect(port, password);
                ResultSet row = app.createStatement().executeQuery("SELECT total FROM orders_probe WHERE id = " + id)) {
            return row.next() ? row.getBigDecimal(1) : null;
        }
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/aisle", DatabaseAccounts.APP_USER, password);
    }
}
