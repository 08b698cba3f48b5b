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
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Trains and evaluates the churn and spend models on a {@link TemporalSplit}: rows of all training cutoffs
 * stacked for training, the test cutoff's rows for evaluation. For each target an XGBoost model and a
 * linear baseline are trained, and the one that does better on the test cutoff is chosen.
 *
 * <p>Rows are customers who had bought at least once before the cutoff. A customer who never bought is
 * not "churning" (they never started), and counting them would reward a model for the easy task of telling
 * browsers from buyers; both targets are about existing customers.
 */
@Service
public class ModelTraining {

    static final String BOOSTED = "xgboost";
    static final String LINEAR = "linear";

    private final FeatureService features;
    private final LabelService labels;

    ModelTraining(FeatureService features, LabelService labels) {
        this.features = features;
        this.labels = labels;
    }

    /** Trains both targets on all customers. */
    public TrainingResult train(TemporalSplit split) {
        return train(split, EnumSet.allOf(ModelTarget.class), TrainingProgress.NONE);
    }

    /**
     * Trains the models of these targets on all customers, telling {@code progress} how far it is; the
     * result has no models or metrics for a target left out.
     */
    public TrainingResult train(TemporalSplit split, Set<ModelTarget> targets, TrainingProgress progress) {
        return train(split, targets, features::featuresAsOf, progress);
    }

    /** Trains both targets on these customers only (for example one loaded population); only their rows are read. */
    public TrainingResult train(TemporalSplit split, Collection<Long> customers) {
        return train(split, EnumSet.allOf(ModelTarget.class), customers, TrainingProgress.NONE);
    }

    /** Trains the models of these targets on these customers only. */
    public TrainingResult train(TemporalSplit split, Set<ModelTarget> targets, Collection<Long> customers,
            TrainingProgress progress) {
        return train(split, targets, cutoff -> features.featuresAsOf(cutoff, customers), progress);
    }

    // Phase weights of the overall percentage: reading features is about a third of a run, the models
    // the next half (XGBoost is the slower of each pair); Tribuo reports no progress within a model, so a
    // phase jumps when it ends.
    private TrainingResult train(TemporalSplit split, Set<ModelTarget> targets,
            Function<Instant, List<CustomerFeatures>> source, TrainingProgress progress) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one target");
        }
        List<TrainingRow> training = new ArrayList<>();
        int cutoffs = split.trainingCutoffs().size() + 1;
        for (int i = 0; i < cutoffs - 1; i++) {
            progress.report("reading features", 30 * i / cutoffs, training.size());
            training.addAll(rows(split.trainingCutoffs().get(i), split, source));
        }
        progress.report("reading features", 30 * (cutoffs - 1) / cutoffs, training.size());
        List<TrainingRow> test = rows(split.testCutoff(), split, source);
        if (training.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("no customer with a purchase before the cutoffs of " + split);
        }
        long rowsRead = training.size() + test.size();
        int modelShare = 50 / targets.size();
        int percent = 30;
        ModelPair<Label> churn = null;
        ChurnMetrics boostedChurnMetrics = null;
        ChurnMetrics linearChurnMetrics = null;
        if (targets.contains(ModelTarget.CHURN)) {
            churn = ModelPair.train("churn", Datasets.churn(training), Trainers.boostedChurn(), Trainers.linearChurn(),
                    progress, percent, modelShare, rowsRead);
            percent += modelShare;
            boolean[] churned = Scoring.churned(test);
            boostedChurnMetrics = ChurnMetrics.of(BOOSTED, Scoring.churnProbabilities(churn.boosted(), test), churned);
            linearChurnMetrics = ChurnMetrics.of(LINEAR, Scoring.churnProbabilities(churn.linear(), test), churned);
        }
        ModelPair<Regressor> spend = null;
        SpendMetrics boostedSpendMetrics = null;
        SpendMetrics linearSpendMetrics = null;
        if (targets.contains(ModelTarget.SPEND)) {
            spend = ModelPair.train("spend", Datasets.spend(training), Trainers.boostedSpend(), Trainers.linearSpend(),
                    progress, percent, modelShare, rowsRead);
            double[] actual = Scoring.actualSpend(test);
            boostedSpendMetrics = SpendMetrics.of(BOOSTED, Scoring.spend(spend.boosted(), test), actual);
            linearSpendMetrics = SpendMetrics.of(LINEAR, Scoring.spend(spend.linear(), test), actual);
        }
        progress.report("evaluating on the holdout", 80, rowsRead);
        TrainedModels chosen = new TrainedModels(
                churn == null ? null : linearChurnMetrics.auc() > boostedChurnMetrics.auc() ? churn.linear() : churn.boosted(),
                spend == null ? null
                        : linearSpendMetrics.rSquared() > boostedSpendMetrics.rSquared() ? spend.linear() : spend.boosted());
        return new TrainingResult(boostedChurnMetrics, linearChurnMetrics, boostedSpendMetrics, linearSpendMetrics,
                chosen, training.size(), test, FeatureReference.of(training.stream().map(TrainingRow::features).toList()));
    }

    /** A target's XGBoost model and its linear baseline. */
    private record ModelPair<T extends Output<T>>(Model<T> boosted, Model<T> linear) {

        /** Trains both on one dataset (neither trainer changes it), reporting each as a phase. */
        static <T extends Output<T>> ModelPair<T> train(String target, MutableDataset<T> rows, Trainer<T> boosted,
                Trainer<T> linear, TrainingProgress progress, int percent, int share, long rowsRead) {
            progress.report("training " + target + ": xgboost", percent, rowsRead);
            Model<T> boostedModel = boosted.train(rows);
            progress.report("training " + target + ": linear", percent + share * 3 / 5, rowsRead);
            return new ModelPair<>(boostedModel, linear.train(rows));
        }
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
