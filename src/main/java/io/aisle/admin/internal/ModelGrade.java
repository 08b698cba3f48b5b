package io.aisle.admin.internal;

import java.util.Locale;

/**
 * How good a model's holdout score is, in one word a shop owner can read ("good", "weak"), with the
 * cut-offs in one place so the Models page and a customer's page never grade the same model differently.
 * AUC: 0.5 is guessing and 1 perfect; for customers' next purchases 0.7 is already useful and 0.8 good.
 * Spearman (ranking spenders): 0 is no better than random, 1 a perfect ranking.
 */
public record ModelGrade(String word, String level) {

    public static ModelGrade ofAuc(Double auc) {
        return grade(auc, 0.85, 0.75, 0.65, 0.55);
    }

    public static ModelGrade ofSpearman(Double spearman) {
        return grade(spearman, 0.7, 0.5, 0.3, 0.1);
    }

    /** The grade of a score for which higher is better, given the lowest "very good", "good", "fair" and "weak" ones. */
    private static ModelGrade grade(Double score, double veryGood, double good, double fair, double weak) {
        if (score == null || Double.isNaN(score)) {
            return new ModelGrade("not measured", "unknown");
        }
        return score >= veryGood ? new ModelGrade("very good", "good") : score >= good ? new ModelGrade("good", "good")
                : score >= fair ? new ModelGrade("fair", "fair") : score >= weak ? new ModelGrade("weak", "weak")
                : new ModelGrade("no better than guessing", "bad");
    }

    /** The word with a capital, to open a sentence. */
    public String capitalized() {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** "74 times in 100": an AUC as the share of pairs the model orders right. */
    public static String timesInHundred(double auc) {
        return Math.round(auc * 100) + " times in 100";
    }
}
