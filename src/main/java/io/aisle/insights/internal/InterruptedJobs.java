package io.aisle.insights.internal;

import io.aisle.insights.data.TrainingJobRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A training job that was queued or running when the shop stopped will never finish: at start, before
 * anything new is queued, it is marked failed with the reason. Not done by command-line runs, which may
 * run beside a live shop whose jobs are fine. With several instances, a starting instance would also fail
 * a job another instance is running (jobs carry no owner yet; docs/ml.md says so).
 */
@Component
@ConditionalOnWebApplication
class InterruptedJobs {

    private static final Logger log = LoggerFactory.getLogger(InterruptedJobs.class);

    private final TrainingJobRepository jobs;
    private final Clock clock;

    InterruptedJobs(TrainingJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void failInterruptedJobs() {
        int failed = jobs.failUnfinished("interrupted: the application stopped before the job finished",
                clock.instant());
        if (failed > 0) {
            log.info("Marked {} interrupted training job(s) as failed", failed);
        }
    }
}
