package io.aisle.lab.simulation;

import java.util.SplittableRandom;

/** The distributions the simulator draws from, over one seeded stream. */
final class RandomDraws {

    private final SplittableRandom random;

    RandomDraws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * A stream for one customer: its own stream, so a customer's history does not change when others
     * are added and customers could be simulated in any order.
     */
    static RandomDraws forCustomer(long seed, long customerId) {
        return new RandomDraws(mix(seed + mix(customerId + 1)));
    }

    // Stafford's variant 13 of the MurmurHash3 finalizer, as SplittableRandom uses
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double normal() {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Marsaglia and Tsang's method, with the usual boost for shape below 1. */
    double gamma(double shape, double scale) {
        if (shape < 1) {
            return gamma(shape + 1, scale) * Math.pow(1 - random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(1 - random.nextDouble()) < x * x / 2 + d - d * v + d * Math.log(v)) {
                return d * v * scale;
            }
        }
    }

    double beta(double a, double b) {
        double x = gamma(a, 1);
        return x / (x + gamma(b, 1));
    }

    /** Knuth's multiplication method; the simulator's means are small. */
    int poisson(double mean) {
        double limit = Math.exp(-mean);
        int count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** An index drawn from cumulative probabilities whose last entry is 1 (or the total weight). */
    int pick(double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
