package io.aisle.modeling.baseline;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z), summed as its power series for |z| < 1, which is
 * where BG/NBD needs it: z = t / (α + T + t).
 *
 * <p>The sum stops only once a geometric bound on the whole remaining tail is below a relative 1e-15
 * of the sum, so a z close to 1 costs more terms but no accuracy; a series that has not converged within
 * a million terms is an error, never a silently truncated value.
 */
final class GaussHypergeometric {

    private static final double TOLERANCE = 1e-15;
    private static final int MAX_TERMS = 1_000_000;
    /** Rescaling point of {@link #logValue}: far from overflow, yet a term added to it cannot overflow. */
    private static final double RESCALE_ABOVE = 1e280;

    private GaussHypergeometric() {
    }

    /** 2F1(a, b; c; z) for |z| < 1 and c not a non-positive integer. */
    static double value(double a, double b, double c, double z) {
        requireInDomain(c, z);
        double sum = 1;
        double term = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (term == 0 || tailIsNegligible(a, b, c, z, n + 1, term, sum)) {
                return sum;
            }
        }
        throw notConverged(a, b, c, z);
    }

    /**
     * ln 2F1(a, b; c; z) for a, b, c &gt; 0 and 0 &lt;= z &lt; 1, where every term is positive. Works where
     * the value itself overflows a double, as it does for frequent buyers over long horizons.
     */
    static double logValue(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
            throw new IllegalArgumentException("logValue needs a, b, c > 0 and 0 <= z < 1");
        }
        double logScale = 0;
        double sum = 1;
        double term = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (sum > RESCALE_ABOVE) {
                sum /= RESCALE_ABOVE;
                term /= RESCALE_ABOVE;
                logScale += Math.log(RESCALE_ABOVE);
            }
            if (term == 0 || tailIsNegligible(a, b, c, z, n + 1, term, sum)) {
                return logScale + Math.log(sum);
            }
        }
        throw notConverged(a, b, c, z);
    }

    /**
     * Bounds the tail after term n by a geometric series. The ratio of term m+1 to term m is
     * z (a+m)/(m+1) (b+m)/(c+m), and each of the two fractions moves monotonically towards 1 as m grows,
     * so for every m &gt;= n it is at most |z| max(1, (a+n)/(n+1)) max(1, (b+n)/(c+n)).
     */
    private static boolean tailIsNegligible(double a, double b, double c, double z, int n, double term, double sum) {
        if (a + n <= 0 || b + n <= 0 || c + n <= 0) {
            return false;
        }
        double ratioBound = Math.abs(z) * Math.max(1, (a + n) / (n + 1)) * Math.max(1, (b + n) / (c + n));
        return ratioBound < 1 && Math.abs(term) * ratioBound / (1 - ratioBound) <= TOLERANCE * Math.abs(sum);
    }

    private static void requireInDomain(double c, double z) {
        if (!(Math.abs(z) < 1)) {
            throw new IllegalArgumentException("the series needs |z| < 1, got " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 has a pole at c = " + c);
        }
    }

    private static ArithmeticException notConverged(double a, double b, double c, double z) {
        return new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }
}
