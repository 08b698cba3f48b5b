/**
 * Training: the background jobs that turn the shop's data into active models. {@link io.aisle.training.TrainingJobs}
 * queues one job at a time per instance (asked for by an admin, the schedule, the {@code train} command or a shop's
 * first start), runs the pipeline of modeling on the latest split and offers each model to insights' registry
 * ({@code ModelPromotion}); jobs, their progress and heartbeats are in {@code ml_training_jobs}, so any instance can
 * answer for them and take over abandoned ones. On a fresh shop it loads the lab's demo customers first. See
 * docs/ml.md, "Training jobs".
 */
@ApplicationModule(allowedDependencies = { "insights", "lab", "modeling", "platform" })
package io.aisle.training;

import org.springframework.modulith.ApplicationModule;

