package io.aisle.training.internal;

import io.aisle.modeling.ModelTarget;
import io.aisle.training.TrainingJobs;
import io.aisle.training.TrainingProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * Retrains both targets on {@code aisle.insights.retrain-cron} (Spring cron, six fields, in the server's
 * time zone; {@code -}, the default, never). A run that does not beat the active models on the new holdout
 * is kept inactive. Every instance's schedule fires, and the first to claim the fire time starts the one
 * job. Schedules run in the web shop only, not during a command-line run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class RetrainSchedule {

    /** A fire noticed this late still counts as that fire (schedules are minutes apart, at least). */
    static final Duration LATENESS = Duration.ofSeconds(30);

    private final TrainingJobs jobs;
    private final TrainingProperties properties;
    private final Clock clock;

    RetrainSchedule(TrainingJobs jobs, TrainingProperties properties, Clock clock) {
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${aisle.insights.retrain-cron:-}")
    void retrain() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.systemDefault()));
        Instant fired = fireTime(CronExpression.parse(properties.retrainCron()), now);
        jobs.startOnce("schedule " + fired, EnumSet.allOf(ModelTarget.class), "schedule", null);
    }

    /**
     * The fire time a scheduled call at {@code now} answers, the same on every instance: the first fire
     * after now less the allowed lateness (a scheduler calls at or just after the fire time by its clock).
     */
    static Instant fireTime(CronExpression cron, ZonedDateTime now) {
        return cron.next(now.minus(LATENESS)).toInstant();
    }
}
