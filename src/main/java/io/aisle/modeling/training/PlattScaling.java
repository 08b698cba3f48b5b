package io.aisle.modeling.training;

/**
 * Platt scaling: a calibrated probability σ(a · logit(p) + b) of a model's raw probability p, with a and b
 * fitted by maximum likelihood (Newton's method) on rows the model was not trained on. Two parameters
 * cannot overfit a validation split of a few hundred rows the way an isotonic step function can, and the
 * map is monotone, so it changes no ranking (AUC stays as it was).
 */
public record PlattScaling(double a, double b) {

    /** Leaves probabilities as they are. */
    public static final PlattScaling IDENTITY = new PlattScaling(1, 0);

    private static final double EPSILON = 1e-6;

    /** Fits a and b to these probabilities and outcomes; the identity when the outcomes are all alike. */
    public static PlattScaling fit(double[] probabilities, boolean[] outcomes) {
        int positives = 0;
        for (boolean outcome : outcomes) {
            positives += outcome ? 1 : 0;
        }
        if (positives == 0 || positives == outcomes.length) {
            return IDENTITY;
        }
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            // gradient and Hessian of the mean log loss in (a, b), a tiny ridge keeping the Hessian invertible
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < probabilities.length; i++) {
                double x = logit(probabilities[i]);
                double q = sigmoid(a * x + b);
                double residual = q - (outcomes[i] ? 1 : 0);
                double weight = q * (1 - q);
                ga += residual * x;
                gb += residual;
                haa += weight * x * x;
                hab += weight * x;
                hbb += weight;
            }
            double determinant = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / determinant;
            double db = (haa * gb - hab * ga) / determinant;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    /** The calibrated probability. */
    public double apply(double probability) {
        return sigmoid(a * logit(probability) + b);
    }

    private static double logit(double p) {
        double clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
        return Math.log(clipped / (1 - clipped));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
