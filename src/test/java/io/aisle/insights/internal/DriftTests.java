package io.aisle.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.insights.DriftReport;
import io.aisle.insights.FeatureDrift;
import io.aisle.insights.ModelRegistry;
import io.aisle.insights.RegisteredModel;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.FeatureService;
import io.aisle.modeling.ModelTarget;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobs;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Input drift is measured against the customers as they were when the model was trained (the job's data end),
 * so a model trained minutes ago on unchanged data finds nothing shifted, while a population that really
 * changed since is flagged.
 */
class DriftTests extends ApiTest {

    private static final List<String> TIME_LIKE = List.of("recency_days", "tenure_days", "days_since_last_event");

    @Autowired
    TrainingJobs jobs;

    @Autowired
    ModelRegistry registry;

    @Autowired
    ActiveModels active;

    @Autowired
    ScoreRefresher refresher;

    @Autowired
    DriftMonitor drift;

    @Autowired
    FeatureService features;

    @Test
    void aModelTrainedMinutesAgoOnUnchangedCustomersFindsNothingShiftedAndAChangedPopulationIsFlagged(
            @Autowired ApplicationContext context) {
        ActiveModelsFixture.ensure(context);
        RegisteredModel before = registry.active(ModelTarget.SPEND).orElseThrow();
        TrainingJob job = ActiveModelsFixture.awaitFinished(jobs, jobs.start(Set.of(ModelTarget.SPEND), "drift test").id());
        assertThat(job.status()).isEqualTo(TrainingJob.Status.SUCCEEDED);
        long fresh = job.outcomes().get(0).modelId();
        try {
            registry.activate(fresh);
            refresher.refresh();

            DriftReport right = drift.latest(ModelTarget.SPEND, fresh).orElseThrow();
            assertThat(right.liveRows()).isPositive();
            assertThat(right.features()).as("drift of a model trained moments ago on the same customers")
                    .allSatisfy(feature -> assertThat(feature.level()).isEqualTo("stable"));

            // the same customers a year on, none of them back since: the time-like figures have really moved
            List<double[]> aYearOn = features.featuresAsOf(Instant.now()).stream().filter(f -> f.orderCount() > 0)
                    .map(f -> aged(f.values(), 365)).toList();
            DriftReport changed = drift.measure(active.get(ModelTarget.SPEND).orElseThrow(), aYearOn, Instant.now());
            assertThat(changed.features().stream().filter(f -> f.level().equals("shifted")).map(FeatureDrift::feature))
                    .contains("recency_days", "tenure_days");
        } finally {
            registry.activate(before.id());
        }
    }

    private static double[] aged(double[] row, int days) {
        double[] older = row.clone();
        for (String name : TIME_LIKE) {
            int f = CustomerFeatures.NAMES.indexOf(name);
            older[f] += days;
        }
        return older;
    }
}
