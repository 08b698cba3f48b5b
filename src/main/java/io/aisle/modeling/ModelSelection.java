package io.aisle.modeling;

import io.aisle.modeling.training.CalibratedChurnModel;
import io.aisle.modeling.training.Datasets;
import io.aisle.modeling.training.PlattScaling;
import io.aisle.modeling.Scoring;
import io.aisle.modeling.training.Trainers;
import io.aisle.modeling.TrainingRow;
import io.aisle.modeling.training.TwoPartSpendModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Chooses each target's model on a validation split carved from the training cutoffs, never on the
 * holdout: every candidate is trained on the earlier training cutoffs and scored on the latest one (churn by
 * AUC, spend by mean absolute error); the churn calibration and the two-part spend scale are fitted on that
 * validation split too. Then the chosen model (or, for a report, every candidate) is trained again on all
 * training cutoffs, keeping what the validation fitted, and scored once on the holdout.
 *
 * <p>The choice needs fewer rows than the final model: beyond {@value #FIT_ROWS} fit rows and
 * {@value #VALIDATION_ROWS} validation rows it is made on a fixed sample of customers (by a hash of the user
 * id), so a shop of 100,000 customers chooses in seconds; the chosen model still learns from every row.
 */
final class ModelSelection {

    static final String BOOSTED = "xgboost";
    static final String LINEAR = "linear";
    static final String TWO_PART = "two-part";

    static final int FIT_ROWS = 20_000;
    static final int VALIDATION_ROWS = 10_000;

    private final List<TrainingRow> fit;
    private final List<TrainingRow> validation;
    private final List<TrainingRow> training;
    private final List<TrainingRow> test;
    private final boolean everyCandidate;
    private final Map<String, Double> validationScores = new LinkedHashMap<>();

    /**
     * @param everyCandidate train every candidate on all training rows and score it on the holdout (a report);
     *        false: only the chosen ones (a training job)
     */
    ModelSelection(List<TrainingRow> fit, List<TrainingRow> validation, List<TrainingRow> training,
            List<TrainingRow> test, boolean everyCandidate) {
        this.fit = atMost(fit, FIT_ROWS);
        this.validation = atMost(validation, VALIDATION_ROWS);
        this.training = training;
        this.test = test;
        this.everyCandidate = everyCandidate;
    }

    /** About {@code limit} of the rows, whole customers, the same ones every time; all when there are fewer. */
    static List<TrainingRow> atMost(List<TrainingRow> rows, int limit) {
        if (rows.size() <= limit) {
            return rows;
        }
        double share = (double) limit / rows.size();
        return rows.stream().filter(row -> {
            long hash = Long.reverse(row.userId() * 0x9E3779B97F4A7C15L) >>> 11;
            return hash / (double) (1L << 53) < share;
        }).toList();
    }

    /** What the validation split measured, by name (for example {@code churn_xgboost_auc}). */
    Map<String, Double> validationScores() {
        return validationScores;
    }

    /** A target's candidates scored on the holdout, the chosen one's name and its final model. */
    record Chosen<T, M>(List<M> holdout, String name, T model, T validationModel) {}

    Chosen<Model<Label>, ChurnMetrics> churn() {
        Map<String, Supplier<Trainer<Label>>> trainers = new LinkedHashMap<>();
        trainers.put(BOOSTED, Trainers::boostedChurn);
        trainers.put(LINEAR, Trainers::linearChurn);
        boolean[] churned = Scoring.churned(validation);
        String best = null;
        double bestAuc = Double.NEGATIVE_INFINITY;
        Map<String, Model<Label>> validationModels = new LinkedHashMap<>();
        for (var candidate : trainers.entrySet()) {
            Model<Label> model = candidate.getValue().get().train(Datasets.churn(fit));
            double[] probabilities = Scoring.churnProbabilities(model, validation);
            PlattScaling calibration = PlattScaling.fit(probabilities, churned);
            validationModels.put(candidate.getKey(), new CalibratedChurnModel(model, calibration));
            double auc = ChurnMetrics.of(candidate.getKey(), probabilities, churned).auc();
            validationScores.put("churn_" + candidate.getKey() + "_auc", auc);
            // a validation split with one outcome only (a small shop) has no AUC: the first candidate is kept then
            double comparable = Double.isNaN(auc) ? Double.NEGATIVE_INFINITY : auc;
            if (best == null || comparable > bestAuc) {
                bestAuc = comparable;
                best = candidate.getKey();
            }
        }
        boolean[] outcome = Scoring.churned(test);
        List<ChurnMetrics> holdout = new ArrayList<>();
        Model<Label> chosen = null;
        for (var candidate : trainers.entrySet()) {
            if (!everyCandidate && !candidate.getKey().equals(best)) {
                continue;
            }
            PlattScaling calibration = ((CalibratedChurnModel) validationModels.get(candidate.getKey())).calibration();
            Model<Label> model = new CalibratedChurnModel(candidate.getValue().get().train(Datasets.churn(training)),
                    calibration);
            holdout.add(ChurnMetrics.of(candidate.getKey(), Scoring.churnProbabilities(model, test), outcome));
            if (candidate.getKey().equals(best)) {
                chosen = model;
            }
        }
        return new Chosen<>(holdout, best, chosen, validationModels.get(best));
    }

    /** The spend candidates; the two-part model buys with the chosen churn model (validation's, then final). */
    Chosen<Model<Regressor>, SpendMetrics> spend(Chosen<Model<Label>, ChurnMetrics> churn) {
        double[] actual = Scoring.actualSpend(validation);
        Map<String, Double> maes = new LinkedHashMap<>();
        double scale = 1;
        // the spend-if-buying part needs buyers whose figures differ: a small shop's fit rows may have too few
        boolean twoPart = Datasets.buyersDiffer(fit) && Datasets.buyersDiffer(training);
        if (twoPart) {
            Model<Regressor> amount = Trainers.amountSpend().train(Datasets.logSpendOfBuyers(fit));
            double[] unscaled = TwoPartSpendModel.unscaled(churn.validationModel(), amount,
                    Datasets.spendExamples(validation));
            scale = TwoPartSpendModel.maeScale(unscaled, actual);
            validationScores.put("spend_two_part_scale", scale);
            double fitted = scale;
            double[] scaled = java.util.Arrays.stream(unscaled).map(v -> v * fitted).toArray();
            maes.put(TWO_PART, SpendMetrics.of(TWO_PART, scaled, actual).mae());
        }
        Map<String, Supplier<Trainer<Regressor>>> trainers = new LinkedHashMap<>();
        trainers.put(BOOSTED, Trainers::boostedSpend);
        trainers.put(LINEAR, Trainers::linearSpend);
        for (var candidate : trainers.entrySet()) {
            Model<Regressor> model = candidate.getValue().get().train(Datasets.spend(fit));
            maes.put(candidate.getKey(), SpendMetrics.of(candidate.getKey(), Scoring.spend(model, validation), actual).mae());
        }
        maes.forEach((name, mae) -> validationScores.put("spend_" + name.replace('-', '_') + "_mae", mae));
        String best = maes.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();

        Map<String, Model<Regressor>> finals = new LinkedHashMap<>();
        if (twoPart && (everyCandidate || best.equals(TWO_PART))) {
            finals.put(TWO_PART, new TwoPartSpendModel(churn.model(),
                    Trainers.amountSpend().train(Datasets.logSpendOfBuyers(training)), scale));
        }
        trainers.forEach((name, trainer) -> {
            if (everyCandidate || best.equals(name)) {
                finals.put(name, trainer.get().train(Datasets.spend(training)));
            }
        });
        double[] outcome = Scoring.actualSpend(test);
        List<SpendMetrics> holdout = new ArrayList<>();
        finals.forEach((name, model) -> holdout.add(SpendMetrics.of(name, Scoring.spend(model, test), outcome)));
        return new Chosen<>(holdout, best, finals.get(best), null);
    }
}
