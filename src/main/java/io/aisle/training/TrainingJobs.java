package io.aisle.training;

import io.aisle.modeling.ModelTarget;
import io.aisle.modeling.TrainingProgress;
import io.aisle.platform.InstanceId;
import io.aisle.platform.NotFoundException;
import io.aisle.platform.Workers;
import io.aisle.training.data.TrainingJobRepository;
import io.aisle.training.internal.TrainingRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Training runs in the background, one at a time on this instance, in the order asked. A job's status and
 * progress are kept in the database, so any instance can answer for it, and every change is published
 * ({@link TrainingJobChanged}) for live pages. Asking while a job is still waiting returns that job: one
 * waiting run will see the same data.
 *
 * <p>A job belongs to the instance that queued it, which beats a heartbeat on its unfinished jobs every
 * {@link #HEARTBEAT} (a model's training reports no progress for many seconds); a job whose heartbeat
 * stopped is failed by the web shop's sweep ({@code AbandonedJobs}), on any instance.
 */
@Service
public class TrainingJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TrainingJobs.class);
    /** Progress is written at most this often (and at every phase change). */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);
    /** How often this instance tells the database that its unfinished jobs are still being worked on. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final TrainingJobRepository jobs;
    private final TrainingRun run;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String owner;
    private final ExecutorService worker = Workers.singleThread("insights-training");
    private final ScheduledExecutorService heartbeat = Workers.scheduled("insights-job-heartbeat");

    TrainingJobs(TrainingJobRepository jobs, TrainingRun run, ApplicationEventPublisher events, Clock clock,
            InstanceId instance) {
        this.jobs = jobs;
        this.run = run;
        this.events = events;
        this.clock = clock;
        this.owner = instance.value();
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues a training run of these targets, or returns the run already waiting. */
    public synchronized TrainingJob start(Set<ModelTarget> targets, String requestedBy) {
        requireTargets(targets);
        Optional<TrainingJob> waiting = jobs.findQueued();
        if (waiting.isPresent() && waiting.get().targets().containsAll(targets)) {
            return waiting.get();
        }
        return queue(targets, requestedBy, null, null);
    }

    /**
     * Queues a training run that must happen once across all instances, named by {@code claim} (a
     * schedule's fire time, a shop's first start); empty when some instance already claimed it. The run
     * first does {@code preparation} (or null) on the training thread: a shop's first start loads its demo
     * customers so. The job's record exists from the start, so a restart during the preparation does not
     * repeat it.
     */
    public synchronized Optional<TrainingJob> startOnce(String claim, Set<ModelTarget> targets, String requestedBy,
            Runnable preparation) {
        requireTargets(targets);
        try {
            return Optional.of(queue(targets, requestedBy, claim, preparation));
        } catch (DuplicateKeyException e) {
            log.info("Training run '{}' was already claimed by another instance", claim);
            return Optional.empty();
        }
    }

    private TrainingJob queue(Set<ModelTarget> targets, String requestedBy, String claim, Runnable preparation) {
        long id = jobs.insert(targets, requestedBy, owner, claim, clock.instant());
        TrainingJob job = get(id);
        events.publishEvent(new TrainingJobChanged(job));
        worker.execute(() -> execute(job, preparation));
        return job;
    }

    private static void requireTargets(Set<ModelTarget> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a training job needs at least one target");
        }
    }

    public TrainingJob get(long id) {
        return jobs.findById(id).orElseThrow(() -> new NotFoundException("Training job " + id + " does not exist."));
    }

    /** The latest jobs, newest first. */
    public List<TrainingJob> recent(int limit) {
        return jobs.findRecent(limit);
    }

    /** Whether any job was ever asked for (a shop's first start has none). */
    public boolean anyEver() {
        return jobs.count() > 0;
    }

    private void execute(TrainingJob job, Runnable preparation) {
        jobs.start(job.id(), clock.instant());
        changed(job.id());
        Reporter reporter = new Reporter(job.id());
        try {
            if (preparation != null) {
                reporter.report("preparing data", 0, 0);
                preparation.run();
            }
            TrainingRun.Result result = run.run(job.id(), job.targets(), reporter);
            jobs.finish(job.id(), TrainingJob.Status.SUCCEEDED, summary(result), result.outcomes(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Training job {} failed", job.id(), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jobs.finish(job.id(), TrainingJob.Status.FAILED, message, List.of(), clock.instant());
        }
        changed(job.id());
    }

    private static String summary(TrainingRun.Result result) {
        String models = String.join("; ", result.outcomes().stream().map(o -> "%s: model %d, %s %.4f, %s".formatted(
                o.target().name().toLowerCase(), o.modelId(), o.metric(), o.score(),
                o.promoted() ? "now active (" + o.reason() + ")" : "kept inactive (" + o.reason() + ")")).toList());
        return result.outcomes().stream().anyMatch(TrainingJob.Outcome::promoted)
                ? models + "; customers are being re-scored" : models;
    }

    private void changed(long id) {
        jobs.findById(id).ifPresent(job -> events.publishEvent(new TrainingJobChanged(job)));
    }

    /** Writes progress when the phase changes, and otherwise at most every half second. */
    private final class Reporter implements TrainingProgress {

        private final long id;
        private String phase;
        private Instant written = Instant.MIN;

        Reporter(long id) {
            this.id = id;
        }

        @Override
        public void report(String newPhase, int percent, long rows) {
            Instant now = clock.instant();
            if (newPhase.equals(phase) && now.isBefore(written.plus(PROGRESS_INTERVAL))) {
                return;
            }
            if (!newPhase.equals(phase)) {
                log.info("Training job {}: {} ({} %, {} rows)", id, newPhase, percent, rows);
            }
            phase = newPhase;
            written = now;
            jobs.progress(id, newPhase, percent, rows);
            changed(id);
        }
    }

    /** Tells the database this instance is still working on its unfinished jobs. */
    void beat() {
        try {
            jobs.heartbeat(owner, clock.instant());
        } catch (RuntimeException e) {
            // a missed beat is harmless until several are missed; the next one tries again
            log.warn("Could not write the training jobs' heartbeat", e);
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        worker.shutdownNow();
    }
}
