package io.aisle.modeling;

import io.aisle.modeling.Scoring;
import io.aisle.modeling.TrainingRow;
import io.aisle.modeling.training.Datasets;
import io.aisle.modeling.training.Trainers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Trains and evaluates the churn and spend models on a {@link TemporalSplit}: rows of all training cutoffs
 * stacked for training, the test cutoff's rows for evaluation. Each target's model is chosen on a validation
 * split carved from the training cutoffs ({@link ModelSelection}: the latest training cutoff held out), never
 * on the test cutoff; the churn probabilities are calibrated on that split. Candidates: XGBoost and logistic
 * regression for churn; a two-part model (P(buy) × spend if buying), XGBoost and linear regression for spend.
 *
 * <p>Rows are customers who had bought at least once before the cutoff. A customer who never bought is
 * not "churning" (they never started), and counting them would reward a model for the easy task of telling
 * browsers from buyers; both targets are about existing customers.
 */
@Service
public class ModelTraining {

    private final FeatureService features;
    private final LabelService labels;

    ModelTraining(FeatureService features, LabelService labels) {
        this.features = features;
        this.labels = labels;
    }

    /** Trains both targets on all customers, and reports every candidate on the holdout (a comparison). */
    public TrainingResult train(TemporalSplit split) {
        return train(split, EnumSet.allOf(ModelTarget.class),
                cutoff -> features.featuresAsOf(cutoff, split.horizon()), TrainingProgress.NONE, true);
    }

    /**
     * Trains the models of these targets on all customers, telling {@code progress} how far it is, as a
     * training job does: only the chosen model of each target is trained on all rows and scored on the
     * holdout. The result has no models or metrics for a target left out.
     */
    public TrainingResult train(TemporalSplit split, Set<ModelTarget> targets, TrainingProgress progress) {
        return train(split, targets, cutoff -> features.featuresAsOf(cutoff, split.horizon()), progress, false);
    }

    /**
     * Trains both targets on these customers only (for example one loaded population; only their rows are
     * read), and reports every candidate on the holdout (a comparison, such as the Online Retail evaluation).
     */
    public TrainingResult train(TemporalSplit split, Collection<Long> customers) {
        return train(split, EnumSet.allOf(ModelTarget.class),
                cutoff -> features.featuresAsOf(cutoff, customers, split.horizon()), TrainingProgress.NONE, true);
    }

    /** Trains the models of these targets on these customers only, as a training job does. */
    public TrainingResult train(TemporalSplit split, Set<ModelTarget> targets, Collection<Long> customers,
            TrainingProgress progress) {
        return train(split, targets, cutoff -> features.featuresAsOf(cutoff, customers, split.horizon()), progress,
                false);
    }

    // Phase weights of the overall percentage: reading features is about a third of a run, the models
    // the next half; Tribuo reports no progress within a model, so a phase jumps when it ends.
    private TrainingResult train(TemporalSplit split, Set<ModelTarget> targets,
            Function<Instant, List<CustomerFeatures>> source, TrainingProgress progress, boolean everyCandidate) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one target");
        }
        List<List<TrainingRow>> perCutoff = new ArrayList<>();
        int cutoffs = split.trainingCutoffs().size() + 1;
        long read = 0;
        for (int i = 0; i < cutoffs - 1; i++) {
            progress.report("reading features", 30 * i / cutoffs, read);
            perCutoff.add(rows(split.trainingCutoffs().get(i), split, source));
            read += perCutoff.get(i).size();
        }
        progress.report("reading features", 30 * (cutoffs - 1) / cutoffs, read);
        List<TrainingRow> test = rows(split.testCutoff(), split, source);
        List<TrainingRow> training = perCutoff.stream().flatMap(List::stream).toList();
        if (training.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("no customer with a purchase before the cutoffs of " + split);
        }
        List<TrainingRow> validation = validation(perCutoff);
        List<TrainingRow> fit = perCutoff.size() > 1
                ? perCutoff.subList(0, perCutoff.size() - 1).stream().flatMap(List::stream).toList()
                : training.stream().filter(row -> row.userId() % 2 == 0).toList();
        if (fit.isEmpty() || validation.isEmpty()) {
            throw new IllegalArgumentException("too few customers to hold a validation split out of " + split);
        }
        long rowsRead = training.size() + test.size();
        ModelSelection selection = new ModelSelection(fit, validation, training, test, everyCandidate);
        // the two-part spend model buys with the churn model, so spend alone still trains churn inside
        progress.report("training churn: xgboost and linear", 30, rowsRead);
        ModelSelection.Chosen<Model<Label>, ChurnMetrics> churn = selection.churn();
        ModelSelection.Chosen<Model<Regressor>, SpendMetrics> spend = null;
        if (targets.contains(ModelTarget.SPEND)) {
            progress.report("training spend: two-part, xgboost and linear", 55, rowsRead);
            spend = selection.spend(churn);
        }
        progress.report("evaluating on the holdout", 80, rowsRead);
        boolean withChurn = targets.contains(ModelTarget.CHURN);
        return new TrainingResult(withChurn ? churn.holdout() : List.of(), withChurn ? churn.name() : null,
                spend == null ? List.of() : spend.holdout(), spend == null ? null : spend.name(),
                selection.validationScores(),
                new TrainedModels(withChurn ? churn.model() : null, spend == null ? null : spend.model()),
                training.size(), validation.size(), test,
                FeatureReference.of(training.stream().map(TrainingRow::features).toList()));
    }

    /**
     * The validation split: the rows of the latest training cutoff, the one closest to the holdout; with a
     * single training cutoff, its customers with an odd user id.
     */
    private static List<TrainingRow> validation(List<List<TrainingRow>> perCutoff) {
        if (perCutoff.size() > 1) {
            return perCutoff.get(perCutoff.size() - 1);
        }
        return perCutoff.get(0).stream().filter(row -> row.userId() % 2 == 1).toList();
    }

    /** The rows at one cutoff: customers with a live order before it, and their labels. */
    private List<TrainingRow> rows(Instant cutoff, TemporalSplit split, Function<Instant, List<CustomerFeatures>> source) {
        List<CustomerFeatures> buyers = source.apply(cutoff).stream()
                .filter(f -> f.orderCount() > 0)
                .toList();
        Map<Long, CustomerLabel> outcomes = labels.labelsAsOf(cutoff, split.horizon(),
                buyers.stream().map(CustomerFeatures::userId).toList());
        return buyers.stream().map(f -> {
            CustomerLabel label = outcomes.get(f.userId());
            return new TrainingRow(f.userId(), f.values(), label.churned(), label.spend().doubleValue());
        }).toList();
    }
}
