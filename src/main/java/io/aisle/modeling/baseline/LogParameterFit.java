package io.aisle.modeling.baseline;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum likelihood for models whose parameters are all positive: Nelder–Mead over the parameters'
 * logarithms, so the search is unconstrained and a step means the same relative change for a parameter
 * of 0.2 as for one of 20.
 */
final class LogParameterFit {

    private static final double INITIAL_STEP = 0.5;
    private static final double TOLERANCE = 1e-12;
    private static final int MAX_EVALUATIONS = 50_000;
    private static final int MAX_RESTARTS = 10;

    private LogParameterFit() {
    }

    /**
     * The parameters that maximise {@code logLikelihood}, starting from {@code start}.
     *
     * @throws org.apache.commons.math3.exception.TooManyEvaluationsException when a run does not converge
     */
    static double[] maximize(ToDoubleFunction<double[]> logLikelihood, double... start) {
        // NaN would rank above every number in the simplex's ordering; an invalid region is simply worst
        MultivariateFunction objective = logParameters -> {
            double value = logLikelihood.applyAsDouble(exp(logParameters));
            return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
        };
        double[] point = Arrays.stream(start).map(Math::log).toArray();
        double value = objective.value(point);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the log-likelihood is not finite at the start " + Arrays.toString(start));
        }
        // Nelder-Mead can stall on a collapsed simplex; a fresh simplex at its answer either confirms the
        // maximum or moves on from it (Numerical Recipes' advice).
        for (int run = 0; run < MAX_RESTARTS; run++) {
            PointValuePair optimum = new SimplexOptimizer(TOLERANCE, TOLERANCE).optimize(
                    new MaxEval(MAX_EVALUATIONS),
                    new ObjectiveFunction(objective),
                    GoalType.MAXIMIZE,
                    new InitialGuess(point),
                    new NelderMeadSimplex(point.length, INITIAL_STEP));
            boolean improved = optimum.getValue() > value + TOLERANCE * Math.abs(value);
            point = optimum.getPoint();
            value = Math.max(value, optimum.getValue());
            if (!improved) {
                break;
            }
        }
        return exp(point);
    }

    private static double[] exp(double[] logParameters) {
        return Arrays.stream(logParameters).map(Math::exp).toArray();
    }
}
