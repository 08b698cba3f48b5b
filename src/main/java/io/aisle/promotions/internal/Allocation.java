package io.aisle.promotions.internal;

import java.math.BigInteger;

/**
 * Shares an amount of minor units over lines in proportion to their amounts, by the largest-remainder
 * method: each line first gets its exact share rounded down, then the cents still missing go one each to
 * the lines with the largest fractions left over (the earlier line on a tie). The shares sum exactly to the
 * amount, and no share exceeds its line's amount when the amount is at most the lines' sum: a share is
 * rounded up only when its exact value has a fraction, so it was below its line's amount.
 */
public final class Allocation {

    private Allocation() {
    }

    /** {@code total} shared over {@code weights} (zero weights get nothing); {@code 0 <= total <= sum(weights)}. */
    public static long[] proportional(long total, long[] weights) {
        long sum = 0;
        for (long weight : weights) {
            sum += weight;
        }
        if (total < 0 || total > sum) {
            throw new IllegalArgumentException("cannot share " + total + " over lines worth " + sum);
        }
        long[] shares = new long[weights.length];
        long[] remainders = new long[weights.length];
        long left = total;
        BigInteger divisor = BigInteger.valueOf(Math.max(sum, 1));
        for (int i = 0; i < weights.length; i++) {
            // total × weight can pass 2^63 for large orders: exact in BigInteger
            BigInteger[] division = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(divisor);
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1].longValueExact();
            left -= shares[i];
        }
        for (; left > 0; left--) {
            int largest = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i] > 0 && (largest < 0 || remainders[i] > remainders[largest])) {
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = 0;
        }
        return shares;
    }
}
