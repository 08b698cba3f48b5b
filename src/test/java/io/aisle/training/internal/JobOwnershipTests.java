package io.aisle.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.modeling.ModelTarget;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobs;
import io.aisle.training.data.TrainingJobRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.support.CronExpression;

/** Jobs across instances: a stopped owner's jobs are failed, live ones are not, a schedule runs once. */
class JobOwnershipTests extends ApiTest {

    @Autowired
    TrainingJobRepository repository;

    @Autowired
    TrainingJobs jobs;

    @Autowired
    AbandonedJobs abandoned;

    @Test
    void failsTheJobOfAnInstanceThatStoppedBeatingAndLeavesALiveInstancesJobAlone() {
        Instant now = Instant.now();
        Instant longAgo = now.minus(AbandonedJobs.STALE).minusSeconds(60);
        long stopped = repository.insert(Set.of(ModelTarget.CHURN), "test", "stopped-host/1", null, longAgo);
        repository.start(stopped, longAgo);
        long live = repository.insert(Set.of(ModelTarget.CHURN), "test", "live-host/2", null, now);
        repository.start(live, now);
        try {
            abandoned.failAbandoned();

            TrainingJob failed = jobs.get(stopped);
            assertThat(failed.status()).isEqualTo(TrainingJob.Status.FAILED);
            assertThat(failed.message()).contains("the instance running it stopped");
            assertThat(jobs.get(live).status()).isEqualTo(TrainingJob.Status.RUNNING);
        } finally {
            repository.finish(live, TrainingJob.Status.FAILED, "test over", List.of(), now);
        }
    }

    @Test
    void startsAClaimedRunOnceHoweverManyInstancesAskForIt() {
        String claim = "schedule " + UUID.randomUUID();
        Runnable stop = () -> {
            throw new IllegalStateException("stopped before training: this test needs the claim only");
        };

        Optional<TrainingJob> first = jobs.startOnce(claim, Set.of(ModelTarget.CHURN), "schedule", stop);
        Optional<TrainingJob> second = jobs.startOnce(claim, Set.of(ModelTarget.CHURN), "schedule", stop);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(ActiveModelsFixture.awaitFinished(jobs, first.get().id()).message())
                .contains("this test needs the claim only");
    }

    @Test
    void instancesFiringAtDifferentMomentsOfOneScheduleClaimTheSameFireTime() {
        CronExpression nightly = CronExpression.parse("0 0 3 * * *");
        ZonedDateTime fire = ZonedDateTime.of(2026, 11, 29, 3, 0, 0, 0, ZoneId.of("Europe/Berlin"));

        Instant onTime = RetrainSchedule.fireTime(nightly, fire);
        Instant late = RetrainSchedule.fireTime(nightly, fire.plus(RetrainSchedule.LATENESS).minusSeconds(1));
        Instant justAfter = RetrainSchedule.fireTime(nightly, fire.plus(3, ChronoUnit.MILLIS));

        assertThat(onTime).isEqualTo(fire.toInstant()).isEqualTo(late).isEqualTo(justAfter);
        assertThat(RetrainSchedule.fireTime(nightly, fire.plusDays(1))).isEqualTo(fire.plusDays(1).toInstant());
    }
}
