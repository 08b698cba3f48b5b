package io.aisle.training.internal;

import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Training jobs run by this instance, from their {@link TrainingJobChanged} events: {@code aisle.insights.training.jobs}
 * counts them by {@code status} (started, succeeded, failed), {@code aisle.insights.training.duration} times the
 * finished ones from start to end. A job's worker publishes its changes on the instance that runs it, so each job
 * is counted once, there.
 */
@Component
class TrainingMeters {

    private final MeterRegistry registry;
    /** Jobs seen running and not yet finished: progress events repeat RUNNING, a job starts once. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    TrainingMeters(MeterRegistry registry) {
        this.registry = registry;
        for (String status : new String[] {"started", "succeeded", "failed"}) {
            jobs(status);
        }
        duration("succeeded");
    }

    @EventListener
    void on(TrainingJobChanged event) {
        TrainingJob job = event.job();
        if (job.status() == TrainingJob.Status.RUNNING && running.add(job.id())) {
            jobs("started").increment();
        } else if (job.status().finished() && running.remove(job.id())) {
            String status = job.status().name().toLowerCase();
            jobs(status).increment();
            if (job.startedAt() != null && job.finishedAt() != null) {
                duration(status).record(Duration.between(job.startedAt(), job.finishedAt()));
            }
        }
    }

    private Counter jobs(String status) {
        return Counter.builder("aisle.insights.training.jobs").description("Training jobs by status")
                .tag("status", status).register(registry);
    }

    private Timer duration(String status) {
        return Timer.builder("aisle.insights.training.duration").description("Training jobs from start to end")
                .tag("status", status).register(registry);
    }
}
