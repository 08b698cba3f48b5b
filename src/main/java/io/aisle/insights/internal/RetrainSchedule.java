package io.aisle.insights.internal;

import io.aisle.insights.ModelTarget;
import io.aisle.insights.TrainingJobs;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retrains both targets on {@code aisle.insights.retrain-cron} (Spring cron, six fields; {@code -}, the
 * default, never). A run that does not beat the active models on the new holdout is kept inactive.
 * Schedules run in the web shop only, not during a command-line run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class RetrainSchedule {

    private final TrainingJobs jobs;

    RetrainSchedule(TrainingJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(cron = "${aisle.insights.retrain-cron:-}")
    void retrain() {
        jobs.start(EnumSet.allOf(ModelTarget.class), "schedule");
    }
}
