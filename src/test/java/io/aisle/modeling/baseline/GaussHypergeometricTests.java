package io.aisle.modeling.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class GaussHypergeometricTests {

    @Test
    void equalsTheLogarithmIdentityForOneOneTwo() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z, including z close to 1 where the series converges slowly
        for (double z : new double[] {-0.9, -0.5, 0.1, 0.5, 0.9, 0.999}) {
            assertThat(GaussHypergeometric.value(1, 1, 2, z)).as("z = %s", z)
                    .isCloseTo(-Math.log1p(-z) / z, withinPercentage(1e-11));
        }
    }

    @Test
    void equalsTheArcsineIdentity() {
        // 2F1(1/2, 1/2; 3/2; x^2) = arcsin(x) / x
        for (double x : new double[] {0.2, 0.7, 0.95}) {
            assertThat(GaussHypergeometric.value(0.5, 0.5, 1.5, x * x)).isCloseTo(Math.asin(x) / x, withinPercentage(1e-11));
        }
    }

    @Test
    void reducesToAPowerWhenBEqualsC() {
        // 2F1(a, b; b; z) = (1 - z)^-a
        assertThat(GaussHypergeometric.value(0.2426, 3.4, 3.4, 0.47)).isCloseTo(Math.pow(0.53, -0.2426), withinPercentage(1e-11));
        assertThat(GaussHypergeometric.value(2.5, 1.0, 1.0, -0.3)).isCloseTo(Math.pow(1.3, -2.5), withinPercentage(1e-11));
    }

    @Test
    void isAPolynomialWhenAIsANegativeInteger() {
        double b = 1.7;
        double c = 2.3;
        double z = 0.8;
        double polynomial = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
        assertThat(GaussHypergeometric.value(-2, b, c, z)).isCloseTo(polynomial, offset(1e-15));
    }

    @Test
    void givesTheLogarithmWhereTheValueItselfOverflows() {
        // 2F1(400, 2; 2; 0.9) = 10^400, beyond a double
        assertThat(GaussHypergeometric.value(400, 2, 2, 0.9)).isInfinite();
        assertThat(GaussHypergeometric.logValue(400, 2, 2, 0.9)).isCloseTo(400 * Math.log(10), withinPercentage(1e-11));
        assertThat(GaussHypergeometric.logValue(1, 1, 2, 0.5)).isCloseTo(Math.log(2 * Math.log(2)), offset(1e-14));
    }

    @Test
    void refusesToReturnASumThatHasNotConverged() {
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 2, 0.9999999)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void refusesArgumentsOutsideTheSeriesDomain() {
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaussHypergeometric.logValue(1, 1, 2, -0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
