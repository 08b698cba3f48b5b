package io.aisle.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ApiTest;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.InstanceId;
import io.aisle.training.data.TrainingJobRepository;
import io.aisle.training.internal.TrainingRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Asking for a training job from two instances at once (two admins, two tabs behind a load balancer): the
 * jobs table is shared, so this runs a second {@link TrainingJobs} on the same database next to the
 * application's own, as another instance would.
 */
class TrainingRequestTests extends ApiTest {

    private static final Set<ModelTarget> SPEND = Set.of(ModelTarget.SPEND);

    @Autowired
    TrainingJobs jobs;

    @Autowired
    TrainingJobRepository repository;

    @Autowired
    TrainingRun run;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    TrainingJobs otherInstance;
    ExecutorService requests = Executors.newFixedThreadPool(2);

    @BeforeEach
    void secondInstance() {
        otherInstance = new TrainingJobs(repository, run, events, clock, new InstanceId("other-host/" + UUID.randomUUID()),
                transactions);
        // jobs of earlier tests end first: this is about what a request finds
        await().atMost(Duration.ofMinutes(3)).until(() -> repository.findUnfinished(Instant.now().minus(TrainingJobs.STALE)).isEmpty());
    }

    @AfterEach
    void stopSecondInstance() {
        requests.shutdownNow();
        otherInstance.destroy();
    }

    @Test
    void twoInstancesAskingAtTheSameMomentQueueOneJobAndBothAnswerItPassingOverAJobAStoppedInstanceLeft()
            throws Exception {
        Instant longAgo = Instant.now().minus(TrainingJobs.STALE).minusSeconds(60);
        long left = repository.insert(SPEND, "schedule", "stopped-host/1", null, longAgo);
        repository.start(left, longAgo);
        List<TrainingJob> answers;
        try {
            answers = atOnce(() -> jobs.start(SPEND, "first tab"), () -> otherInstance.start(SPEND, "second tab"));
        } finally {
            repository.finish(left, TrainingJob.Status.FAILED, "test over", List.of(), Instant.now());
        }

        assertThat(answers.get(0).id()).isNotEqualTo(left);
        assertThat(answers.get(1).id()).isEqualTo(answers.get(0).id());
        assertThat(ActiveModelsFixture.awaitFinished(jobs, answers.get(0).id()).status())
                .isEqualTo(TrainingJob.Status.SUCCEEDED);
        assertThat(jobs.recent(1).get(0).id()).as("no second job was queued").isEqualTo(answers.get(0).id());
    }

    @Test
    void askingWhileAJobRunsReturnsThatJobOnEveryInstance() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TrainingJob busy = jobs.startOnce("request test " + UUID.randomUUID(), SPEND, "schedule", () -> {
            running.countDown();
            awaitQuietly(release);
            throw new IllegalStateException("stopped before training: this test needs a running job only");
        }).orElseThrow();
        try {
            assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(jobs.get(busy.id()).status()).isEqualTo(TrainingJob.Status.RUNNING);

            List<TrainingJob> answers = atOnce(() -> jobs.start(SPEND, "admin"), () -> otherInstance.start(SPEND, "api"));

            assertThat(answers).extracting(TrainingJob::id).containsExactly(busy.id(), busy.id());
        } finally {
            release.countDown();
        }
        assertThat(ActiveModelsFixture.awaitFinished(jobs, busy.id()).status()).isEqualTo(TrainingJob.Status.FAILED);
        assertThat(jobs.recent(1).get(0).id()).isEqualTo(busy.id());
    }

    /** Both requests, released at the same moment from two threads. */
    private List<TrainingJob> atOnce(Supplier<TrainingJob> first, Supplier<TrainingJob> second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Future<TrainingJob> a = requests.submit(() -> {
            together.await();
            return first.get();
        });
        Future<TrainingJob> b = requests.submit(() -> {
            together.await();
            return second.get();
        });
        return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
