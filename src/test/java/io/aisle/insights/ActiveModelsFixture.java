package io.aisle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.insights.internal.ScoreRefresher;
import io.aisle.lab.loading.SimulationLoader;
import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.PageQuery;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobs;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import org.springframework.context.ApplicationContext;

/**
 * Active models and stored scores for tests of the pages that show them. Training takes a while, so the
 * models already active in the test database are reused; only without them are simulated customers loaded
 * and one job trained (once per test class at most, since callers ask in {@code @BeforeAll}).
 */
public final class ActiveModelsFixture {

    private ActiveModelsFixture() {
    }

    public static void ensure(ApplicationContext context) {
        ModelRegistry registry = context.getBean(ModelRegistry.class);
        if (!Arrays.stream(ModelTarget.values()).allMatch(target -> registry.active(target).isPresent())) {
            context.getBean(SimulationLoader.class)
                    .load(SimulationSettings.endingOn(LocalDate.now(ZoneOffset.UTC), 1_000, 12, 4242));
            TrainingJobs jobs = context.getBean(TrainingJobs.class);
            long id = jobs.start(EnumSet.allOf(ModelTarget.class), "page tests").id();
            assertThat(awaitFinished(jobs, id).status()).isEqualTo(TrainingJob.Status.SUCCEEDED);
        }
        if (context.getBean(CustomerInsights.class).ranked(null, new PageQuery(0, 1)).content().isEmpty()) {
            context.getBean(ScoreRefresher.class).refresh();
        }
    }

    /** The job once it succeeded or failed. */
    public static TrainingJob awaitFinished(TrainingJobs jobs, long id) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.get(id).status().finished());
        return jobs.get(id);
    }
}
