package io.aisle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.catalog.search.ProductIndex;
import io.aisle.catalog.search.SearchEngine;
import io.aisle.platform.CsvRecords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the shop starting at the same moment on one empty database, as two containers of a fresh
 * deployment do: both must start, and the schema, the admin account, the catalog, the search embeddings and
 * the demo customers with their first training job must each come out once, with every product in both
 * instances' search indexes. Each instance has a home of its
 * own; the database is a new schema on the tests' embedded MariaDB. The instances are lined up twice, before
 * their migrations and before their start-up work, so that they really do it at the same time.
 */
class InstancesStartingTogetherTests extends ApiTest {

    private static final int DEMO_CUSTOMERS = 30;

    @Autowired
    Environment environment;

    @Test
    void bothStartOnAnEmptyDatabaseAndCreateTheAdminTheCatalogAndTheDemoCustomersOnce() throws Exception {
        ScratchSchema scratch = ScratchSchema.create(environment, "aisle_start_");
        String schema = scratch.name();
        String url = scratch.url();
        String rootPassword = scratch.rootPassword();
        CyclicBarrier migrate = new CyclicBarrier(2);
        CyclicBarrier startUp = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> instances = new ArrayList<>();
        List<ConfigurableApplicationContext> started = new CopyOnWriteArrayList<>();
        try {
            for (String name : List.of("a", "b")) {
                instances.add(threads.submit(() -> {
                    ConfigurableApplicationContext context = start(url, rootPassword, schema, name, migrate, startUp);
                    started.add(context);
                    return context;
                }));
            }
            for (Future<ConfigurableApplicationContext> instance : instances) {
                assertThat(instance.get(3, TimeUnit.MINUTES).isActive()).isTrue();
            }
            JdbcClient db = JdbcClient.create(instances.get(0).get().getBean(DataSource.class));
            await().atMost(Duration.ofMinutes(2)).until(() -> count(db,
                    "SELECT COUNT(*) FROM ml_training_jobs WHERE finished_at IS NOT NULL") == 1);

            assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"))
                    .isEqualTo(count(db, "SELECT COUNT(DISTINCT version) FROM flyway_schema_history"));
            assertThat(count(db, "SELECT COUNT(*) FROM users WHERE role = 'ADMIN'")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM categories")).isEqualTo(5);
            assertThat(count(db, "SELECT COUNT(*) FROM products")).isEqualTo(sampleCatalogSize());
            assertThat(count(db, "SELECT COUNT(*) FROM product_embeddings")).isEqualTo(sampleCatalogSize());
            assertThat(count(db, "SELECT COUNT(*) FROM ml_training_jobs")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(DISTINCT SUBSTRING_INDEX(email, '-', 2)) FROM users WHERE email LIKE 'sim-%'"))
                    .as("one load of demo customers").isEqualTo(1);
            List<Long> productIds = db.sql("SELECT id FROM products").query(Long.class).list();
            for (ConfigurableApplicationContext instance : started) {
                SearchEngine search = instance.getBean(ProductIndex.class).engine();
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(productIds)
                        .as("every product in this instance's search index").allMatch(id -> search.vector(id).isPresent()));
            }
        } finally {
            threads.shutdown();
            threads.awaitTermination(3, TimeUnit.MINUTES);
            started.forEach(ConfigurableApplicationContext::close);
            scratch.drop();
        }
    }

    /** One instance: the whole web shop, on its own random port and home, on the given database. */
    private static ConfigurableApplicationContext start(String url, String rootPassword, String schema, String name,
            CyclicBarrier migrate,
            CyclicBarrier startUp) {
        return new SpringApplicationBuilder(AisleApplication.class)
                .initializers(context -> {
                    GenericApplicationContext generic = (GenericApplicationContext) context;
                    generic.registerBean(FlywayMigrationStrategy.class, () -> flyway -> {
                        together(migrate);
                        flyway.migrate();
                    });
                    generic.registerBean(StartTogether.class, () -> new StartTogether(startUp));
                })
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=" + rootPassword,
                        "--aisle.home=" + Path.of("target", "instances-starting-together", schema, name).toAbsolutePath(),
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.hikari.maximum-pool-size=8",
                        "--aisle.security.jwt-secret=test-secret-that-is-at-least-32-bytes-long!",
                        "--aisle.insights.demo-customers=" + DEMO_CUSTOMERS,
                        "--aisle.insights.retrain-cron=-",
                        "--aisle.insights.rescore-cron=-");
    }

    /** Runs before every other start-up runner (the admin account, the catalog, the search index). */
    record StartTogether(CyclicBarrier barrier) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) {
            together(barrier);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Waits for the other instance; one that failed before it got here must not hold this one up for long. */
    private static void together(CyclicBarrier barrier) {
        try {
            barrier.await(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            // the other instance failed to start or is slow: carry on, the assertions tell
        }
    }

    /** The products of data/sample_products.csv, which the seed adds to an empty shop. */
    private static long sampleCatalogSize() throws IOException {
        try (InputStream in = new ClassPathResource("data/sample_products.csv").getInputStream()) {
            return CsvRecords.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).size() - 1;
        }
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
