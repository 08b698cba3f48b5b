package io.aisle.admin.customers;

import io.aisle.admin.internal.ModelGrade;
import java.util.Map;

/**
 * "How sure" for a prediction, in words: a short headline and the sentence behind it. For churn it weighs
 * how far the chance is from a coin toss against how well the model told buyers from lapsers on customers it
 * had not seen (its holdout AUC), and says what became of past customers given a similar chance when the model
 * measured it (its reliability curve); for spend it says how far off its estimates typically were (holdout MAE) and
 * how well it ranks spenders (Spearman). The model's metrics are those of the very model that answered.
 */
record Sureness(String headline, String detail) {

    /** Fewer holdout customers than this in a bin say too little about customers like this one. */
    static final int MIN_SIMILAR = 10;

    static Sureness ofChurn(double churnProbability, Map<String, Double> metrics) {
        double distance = Math.abs(churnProbability - 0.5);
        Double auc = metrics.get("auc");
        ModelGrade grade = ModelGrade.ofAuc(auc);
        boolean clear = distance >= 0.3;
        boolean leaning = distance >= 0.15;
        boolean useful = grade.level().equals("good") || grade.level().equals("fair");
        String headline = !useful ? "Not sure"
                : clear && grade.level().equals("good") ? "Quite sure"
                : clear || (leaning && grade.level().equals("good")) ? "Fairly sure" : "Not very sure";
        String chance = clear ? "far from" : leaning ? "some way from" : "close to";
        String record = auc == null ? "its record could not be measured on customers it had not seen"
                : "its record is " + grade.word() + ": on past customers it had not seen, it ranked one who came back "
                        + "above one who did not " + ModelGrade.timesInHundred(auc);
        return new Sureness(headline, "The chance is " + chance + " 50/50, and " + record + "."
                + similarCustomers(churnProbability, metrics));
    }

    /**
     * What happened to the holdout customers the model gave a similar chance (its reliability curve, stored with
     * its metrics as {@code reliability_<bin>_count} and {@code _observed} for ten bins of the churn probability):
     * the model's measured accuracy on customers like this one. Empty for a model without the curve, or with too
     * few such customers to say.
     */
    private static String similarCustomers(double churnProbability, Map<String, Double> metrics) {
        int bin = Math.min(9, (int) Math.floor(churnProbability * 10));
        Double count = metrics.get("reliability_" + bin + "_count");
        Double observed = metrics.get("reliability_" + bin + "_observed");
        if (count == null || observed == null || count < MIN_SIMILAR) {
            return "";
        }
        return " Of " + Math.round(count) + " past customers it gave a similar chance, " + Math.round((1 - observed) * 100)
                + "% bought again.";
    }

    static Sureness ofSpend(Map<String, Double> metrics) {
        Double mae = metrics.get("mae");
        ModelGrade ranking = ModelGrade.ofSpearman(metrics.get("spearman"));
        if (mae == null) {
            return new Sureness("Not measured", "How far off its estimates are could not be measured.");
        }
        String off = FeatureSentences.money(mae);
        return new Sureness("Typically off by " + off, "On past customers it had not seen, its estimates were off by "
                + off + " per customer on average, and it is " + ranking.word()
                + " at telling bigger spenders from smaller ones.");
    }
}
