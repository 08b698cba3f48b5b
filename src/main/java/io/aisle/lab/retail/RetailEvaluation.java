package io.aisle.lab.retail;

import io.aisle.modeling.ChurnMetrics;
import io.aisle.modeling.SpendMetrics;
import io.aisle.modeling.TemporalSplit;
import io.aisle.modeling.baseline.BgNbdModel;
import io.aisle.modeling.baseline.GammaGammaModel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learned models against the BG/NBD + Gamma-Gamma baseline on one import of the Online Retail file,
 * all scored on the same holdout customers (those who had bought before the test cutoff) and outcomes.
 *
 * @param customers accounts of the import
 * @param calibrationCustomers customers with a purchase before the test cutoff, to whom the baseline was fitted
 * @param testRows holdout customers scored (the same for every row of the tables)
 * @param churnRate share of holdout customers with no purchase in [T, T + H)
 * @param meanSpend their mean spend in [T, T + H), GBP
 * @param chosenChurn the churn model the validation split chose (the shop's model)
 * @param chosenSpend the spend model the validation split chose
 * @param validation what the validation split measured (see {@code TrainingResult#validation})
 */
public record RetailEvaluation(long importId, TemporalSplit split, int customers, int trainingRows,
        int validationRows, int calibrationCustomers, int testRows, double churnRate, double meanSpend,
        BgNbdModel bgNbd, GammaGammaModel gammaGamma, List<ChurnMetrics> churn, List<SpendMetrics> spend,
        String chosenChurn, String chosenSpend, Map<String, Double> validation, Duration elapsed) {

    public RetailEvaluation {
        churn = List.copyOf(churn);
        spend = List.copyOf(spend);
        validation = new TreeMap<>(validation);
    }

    /** The comparison as Markdown: the figures, then one table per target. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, """
                import %d: %,d customers; test cutoff %s, horizon %d days; training cutoffs %s
                training rows %,d (validation: the latest training cutoff's %,d); holdout customers %,d \
                (churn rate %.3f, mean spend GBP %.2f); baseline fitted to %,d customers
                chosen on the validation split: churn %s, spend %s; validation %s
                BG/NBD r %.4g, alpha %.4g, a %.4g, b %.4g; Gamma-Gamma p %.4g, q %.4g, gamma %.4g
                time %.1f s

                | churn in %d days | AUC | PR-AUC | Brier | precision @ 0.5 | recall @ 0.5 |
                | --- | ---: | ---: | ---: | ---: | ---: |
                """, importId, customers, split.testCutoff(), split.horizon().toDays(), split.trainingCutoffs(),
                trainingRows, validationRows, testRows, churnRate, meanSpend, calibrationCustomers, chosenChurn,
                chosenSpend, validationText(), bgNbd.r(), bgNbd.alpha(),
                bgNbd.a(), bgNbd.b(), gammaGamma.p(), gammaGamma.q(), gammaGamma.gamma(),
                elapsed.toMillis() / 1000.0, split.horizon().toDays()));
        for (ChurnMetrics m : churn) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name(m.model(), chosenChurn), m.auc(),
                    m.averagePrecision(), m.brier(), m.precision(), m.recall()));
        }
        out.append(String.format(Locale.ROOT, """

                | spend in %d days (GBP) | RMSE | MAE | R² | Spearman |
                | --- | ---: | ---: | ---: | ---: |
                """, split.horizon().toDays()));
        for (SpendMetrics m : spend) {
            out.append(String.format(Locale.ROOT, "| %s | %,.2f | %,.2f | %.3f | %.3f |%n", name(m.model(), chosenSpend), m.rmse(),
                    m.mae(), m.rSquared(), m.spearman()));
        }
        out.append(String.format(Locale.ROOT, "%nreliability of churn in %d days (bins with customers: mean "
                + "predicted / observed churn rate / customers)%n", split.horizon().toDays()));
        for (ChurnMetrics m : churn) {
            if (m.model().equals(chosenChurn) || m.model().equals(OnlineRetailEvaluation.NO_PURCHASE)) {
                out.append(name(m.model(), chosenChurn)).append(':');
                m.reliability().stream().filter(b -> b.count() > 0).forEach(b -> out.append(String.format(Locale.ROOT,
                        " %.2f/%.2f/%d", b.meanPredicted(), b.observedRate(), b.count())));
                out.append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /**
     * One line per window: the shop's chosen models against the baseline (churn AUC, spend MAE and Spearman),
     * with the differences, and which models the validation split chose.
     */
    public static String summary(List<RetailEvaluation> windows) {
        StringBuilder out = new StringBuilder("""
                | window (test cutoff, horizon) | chosen churn | AUC | BG/NBD AUC | Δ AUC | Brier | BG/NBD Brier \
                | chosen spend | MAE | BG/NBD × GG MAE | Spearman | BG/NBD × GG Spearman |
                | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |
                """);
        for (RetailEvaluation w : windows) {
            ChurnMetrics churn = w.churnOf(w.chosenChurn());
            ChurnMetrics classic = w.churnOf(OnlineRetailEvaluation.NO_PURCHASE);
            SpendMetrics spend = w.spendOf(w.chosenSpend());
            SpendMetrics classicSpend = w.spendOf(OnlineRetailEvaluation.BASELINE_SPEND);
            out.append(String.format(Locale.ROOT,
                    "| %s, %d d | %s | %.3f | %.3f | %+.3f | %.3f | %.3f | %s | %,.2f | %,.2f | %.3f | %.3f |%n",
                    w.split().testCutoff().toString().substring(0, 10), w.split().horizon().toDays(), w.chosenChurn(),
                    churn.auc(), classic.auc(), churn.auc() - classic.auc(), churn.brier(), classic.brier(),
                    w.chosenSpend(), spend.mae(), classicSpend.mae(), spend.spearman(), classicSpend.spearman()));
        }
        return out.toString();
    }

    /** The churn metrics of the model (or baseline) with this name. */
    public ChurnMetrics churnOf(String model) {
        return churn.stream().filter(m -> m.model().equals(model)).findFirst().orElseThrow();
    }

    /** The spend metrics of the model (or baseline) with this name. */
    public SpendMetrics spendOf(String model) {
        return spend.stream().filter(m -> m.model().equals(model)).findFirst().orElseThrow();
    }

    private static String name(String model, String chosen) {
        return model.equals(chosen) ? model + " (chosen)" : model;
    }

    private String validationText() {
        StringBuilder text = new StringBuilder();
        validation.forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.4g", name, value)));
        return text.toString();
    }
}
