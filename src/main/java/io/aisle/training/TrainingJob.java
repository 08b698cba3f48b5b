package io.aisle.training;

import io.aisle.insights.ModelPromotion;
import io.aisle.modeling.ModelTarget;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A training run asked for by an admin, the schedule or the command line: its status, where it is
 * (phase, overall percent, customer rows read) and, once done, what it registered.
 *
 * @param owner the instance that queued and runs it ({@link io.aisle.platform.InstanceId})
 */
public record TrainingJob(long id, Set<ModelTarget> targets, String requestedBy, String owner, Status status, String phase,
        long rows, int percent, String message, List<Outcome> outcomes, Instant createdAt, Instant startedAt,
        Instant finishedAt) {

    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /** One model the job registered: its holdout score, and whether it became the active one and why. */
    public record Outcome(ModelTarget target, long modelId, String algorithm, String metric, double score,
            Double activeModelScore, boolean promoted, String reason) {

        public static Outcome of(ModelPromotion.Promotion p) {
            return new Outcome(p.target(), p.modelId(), p.algorithm(), p.metric(), p.score(), p.activeModelScore(),
                    p.promoted(), p.reason());
        }
    }

    public TrainingJob {
        targets = Set.copyOf(targets);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
