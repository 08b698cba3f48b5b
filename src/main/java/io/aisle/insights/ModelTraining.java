package io.aisle.insights;

import io.aisle.insights.training.Datasets;
import io.aisle.insights.training.Scoring;
import io.aisle.insights.training.Trainers;
import io.aisle.insights.training.TrainingRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
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

    /** Trains on all customers. */
    public TrainingResult train(TemporalSplit split) {
        return train(split, TrainingProgress.NONE);
    }

    /** Trains on all customers, telling {@code progress} how far it is. */
    public TrainingResult train(TemporalSplit split, TrainingProgress progress) {
        return train(split, features::featuresAsOf, progress);
    }

    /** Trains on these customers only (for example one loaded population); only their rows are read. */
    public TrainingResult train(TemporalSplit split, Collection<Long> customers) {
        return train(split, cutoff -> features.featuresAsOf(cutoff, customers), TrainingProgress.NONE);
    }

    // Phase weights of the overall percentage: reading features is about a third of a run, the four
    // models the next half; Tribuo reports no progress within a model, so a phase jumps when it ends.
    private TrainingResult train(TemporalSplit split, Function<Instant, List<CustomerFeatures>> source,
            TrainingProgress progress) {
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
        // one dataset per target, shared by both of its trainers (neither changes it)
        MutableDataset<Label> churnRows = Datasets.churn(training);
        MutableDataset<Regressor> spendRows = Datasets.spend(training);
        progress.report("training churn: xgboost", 30, rowsRead);
        Model<Label> boostedChurn = Trainers.boostedChurn().train(churnRows);
        progress.report("training churn: linear", 45, rowsRead);
        Model<Label> linearChurn = Trainers.linearChurn().train(churnRows);
        progress.report("training spend: xgboost", 55, rowsRead);
        Model<Regressor> boostedSpend = Trainers.boostedSpend().train(spendRows);
        progress.report("training spend: linear", 70, rowsRead);
        Model<Regressor> linearSpend = Trainers.linearSpend().train(spendRows);
        progress.report("evaluating on the holdout", 80, rowsRead);
        boolean[] churned = Scoring.churned(test);
        double[] spend = Scoring.actualSpend(test);
        ChurnMetrics boostedChurnMetrics = ChurnMetrics.of(BOOSTED, Scoring.churnProbabilities(boostedChurn, test), churned);
        ChurnMetrics linearChurnMetrics = ChurnMetrics.of(LINEAR, Scoring.churnProbabilities(linearChurn, test), churned);
        SpendMetrics boostedSpendMetrics = SpendMetrics.of(BOOSTED, Scoring.spend(boostedSpend, test), spend);
        SpendMetrics linearSpendMetrics = SpendMetrics.of(LINEAR, Scoring.spend(linearSpend, test), spend);
        TrainedModels chosen = new TrainedModels(
                linearChurnMetrics.auc() > boostedChurnMetrics.auc() ? linearChurn : boostedChurn,
                linearSpendMetrics.rSquared() > boostedSpendMetrics.rSquared() ? linearSpend : boostedSpend);
        return new TrainingResult(boostedChurnMetrics, linearChurnMetrics, boostedSpendMetrics, linearSpendMetrics,
                chosen, training.size(), test, FeatureReference.of(training.stream().map(TrainingRow::features).toList()));
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
