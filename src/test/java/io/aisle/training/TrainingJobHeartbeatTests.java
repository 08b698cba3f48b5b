package io.aisle.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.InstanceId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrainingJobHeartbeatTests extends ApiTest {

    @Autowired
    TrainingJobs jobs;

    @Autowired
    InstanceId instance;

    @Test
    void aJobThisInstanceIsWorkingOnKeepsBeatingWhileItRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        TrainingJob job = jobs.startOnce("heartbeat test " + UUID.randomUUID(), Set.of(ModelTarget.SPEND), "test", () -> {
            running.countDown();
            await(release);
            throw new IllegalStateException("stopped before training: this test needs a running job only");
        }).orElseThrow();
        try {
            assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(jobs.get(job.id()).owner()).isEqualTo(instance.value());
            jdbc.sql("UPDATE ml_training_jobs SET heartbeat_at = '2020-01-01' WHERE id = :id").param("id", job.id()).update();

            jobs.beat();

            Instant beat = jdbc.sql("SELECT heartbeat_at FROM ml_training_jobs WHERE id = :id").param("id", job.id())
                    .query(Instant.class).single();
            assertThat(beat).isAfter(Instant.now().minusSeconds(60));
        } finally {
            release.countDown();
        }
        assertThat(ActiveModelsFixture.awaitFinished(jobs, job.id()).status()).isEqualTo(TrainingJob.Status.FAILED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
