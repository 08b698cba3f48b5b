package io.aisle.training;

/** A training job moved on (queued, a new phase, finished), for live pages. */
public record TrainingJobChanged(TrainingJob job) {}
