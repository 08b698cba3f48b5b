package io.aisle.training.internal;

import io.aisle.training.TrainingJobs;
import io.aisle.training.data.TrainingJobRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A training job whose instance stopped (a crash, a deploy) will never finish: once its owner has missed
 * a few heartbeats it is marked failed with the reason, by whichever web instance sweeps first. A job that
 * another live instance, or a command-line run beside the shop, is working on keeps beating and is left
 * alone. An instance that restarts at once sees its own old job failed within {@link #STALE} and a sweep.
 */
@Component
@ConditionalOnWebApplication
class AbandonedJobs {

    private static final Logger log = LoggerFactory.getLogger(AbandonedJobs.class);
    /** Four missed heartbeats: long enough for a stalled database connection, short enough for an admin. */
    static final Duration STALE = TrainingJobs.HEARTBEAT.multipliedBy(4);

    private final TrainingJobRepository jobs;
    private final Clock clock;

    AbandonedJobs(TrainingJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 0, fixedDelay = 30_000)
    void failAbandoned() {
        Instant now = clock.instant();
        int failed = jobs.failAbandoned(now.minus(STALE),
                "abandoned: the instance running it stopped before the job finished", now);
        if (failed > 0) {
            log.info("Marked {} abandoned training job(s) as failed", failed);
        }
    }
}
