package io.aisle.lab.retail;

import io.aisle.modeling.ChurnMetrics;
import io.aisle.modeling.SpendMetrics;
import io.aisle.modeling.TemporalSplit;
import io.aisle.modeling.baseline.BgNbdModel;
import io.aisle.modeling.baseline.GammaGammaModel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The learned models against the BG/NBD + Gamma-Gamma baseline on one import of the Online Retail file,
 * all scored on the same holdout customers (those who had bought before the test cutoff) and outcomes.
 *
 * @param customers accounts of the import
 * @param calibrationCustomers customers with a purchase before the test cutoff, to whom the baseline was fitted
 * @param testRows holdout customers scored (the same for every row of the tables)
 * @param churnRate share of holdout customers with no purchase in [T, T + H)
 * @param meanSpend their mean spend in [T, T + H), GBP
 */
public record RetailEvaluation(long importId, TemporalSplit split, int customers, int trainingRows,
        int calibrationCustomers, int testRows, double churnRate, double meanSpend, BgNbdModel bgNbd,
        GammaGammaModel gammaGamma, List<ChurnMetrics> churn, List<SpendMetrics> spend, Duration elapsed) {

    public RetailEvaluation {
        churn = List.copyOf(churn);
        spend = List.copyOf(spend);
    }

    /** The comparison as Markdown: the figures, then one table per target. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, """
                import %d: %,d customers; test cutoff %s, horizon %d days; training cutoffs %s
                training rows %,d; holdout customers %,d (churn rate %.3f, mean spend GBP %.2f); \
                baseline fitted to %,d customers
                BG/NBD r %.4g, alpha %.4g, a %.4g, b %.4g; Gamma-Gamma p %.4g, q %.4g, gamma %.4g
                time %.1f s

                | churn in %d days | AUC | PR-AUC | Brier | precision @ 0.5 | recall @ 0.5 |
                | --- | ---: | ---: | ---: | ---: | ---: |
                """, importId, customers, split.testCutoff(), split.horizon().toDays(), split.trainingCutoffs(),
                trainingRows, testRows, churnRate, meanSpend, calibrationCustomers, bgNbd.r(), bgNbd.alpha(),
                bgNbd.a(), bgNbd.b(), gammaGamma.p(), gammaGamma.q(), gammaGamma.gamma(),
                elapsed.toMillis() / 1000.0, split.horizon().toDays()));
        for (ChurnMetrics m : churn) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", m.model(), m.auc(),
                    m.averagePrecision(), m.brier(), m.precision(), m.recall()));
        }
        out.append(String.format(Locale.ROOT, """

                | spend in %d days (GBP) | RMSE | MAE | R² | Spearman |
                | --- | ---: | ---: | ---: | ---: |
                """, split.horizon().toDays()));
        for (SpendMetrics m : spend) {
            out.append(String.format(Locale.ROOT, "| %s | %,.2f | %,.2f | %.3f | %.3f |%n", m.model(), m.rmse(),
                    m.mae(), m.rSquared(), m.spearman()));
        }
        return out.toString();
    }
}
