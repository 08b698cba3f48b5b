package io.aisle.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    /**
     * The first request is held at the moment it has taken the lock and not yet queued its job, as an instance
     * that asked a moment earlier would be: the second waits for it, then answers its job instead of queuing
     * another. A job a stopped instance left unfinished is passed over. No job trains: the first one's is never run.
     */
    @Test
    void aRequestMeetingOneInProgressOnAnotherInstanceWaitsForItAndAnswersItsJob() throws Exception {
        Instant longAgo = Instant.now().minus(TrainingJobs.STALE).minusSeconds(60);
        long left = repository.insert(SPEND, "schedule", "stopped-host/1", null, longAgo);
        repository.start(left, longAgo);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch queue = new CountDownLatch(1);
        Future<Long> first = requests.submit(() -> transaction.execute(status -> {
            repository.lockRequests(Instant.now());
            locked.countDown();
            awaitQuietly(queue);
            return repository.insert(SPEND, "first tab", "other-host/2", null, Instant.now());
        }));
        assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();
        Future<TrainingJob> second = requests.submit(() -> jobs.start(SPEND, "second tab"));
        long firstJob = -1;
        try {
            assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS)).as("the second request waits for the first")
                    .isInstanceOf(TimeoutException.class);
            queue.countDown();
            firstJob = first.get(60, TimeUnit.SECONDS);

            assertThat(second.get(60, TimeUnit.SECONDS).id()).isEqualTo(firstJob);
            assertThat(jobs.recent(1).get(0).id()).as("no second job was queued").isEqualTo(firstJob);
        } finally {
            queue.countDown();
            for (long id : new long[] {left, firstJob}) {
                if (id > 0) {
                    repository.finish(id, TrainingJob.Status.FAILED, "test over", List.of(), Instant.now());
                }
            }
        }
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
