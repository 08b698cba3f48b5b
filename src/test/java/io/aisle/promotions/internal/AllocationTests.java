package io.aisle.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationTests {

    @Test
    void sharesSumExactlyToTheAmountAndNoShareExceedsItsLineForThousandsOfRandomSplits() {
        Random random = new Random(20261204);
        for (int run = 0; run < 20_000; run++) {
            long[] weights = new long[1 + random.nextInt(8)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 500 : 500_000);
            }
            long sum = Arrays.stream(weights).sum();
            long total = sum == 0 ? 0 : (long) (random.nextDouble() * (sum + 1));
            long[] shares = Allocation.proportional(total, weights);
            assertThat(Arrays.stream(shares).sum()).isEqualTo(total);
            for (int i = 0; i < weights.length; i++) {
                assertThat(shares[i]).isBetween(0L, weights[i]);
                // largest remainder: never more than a cent away from the exact share
                double exact = sum == 0 ? 0 : (double) total * weights[i] / sum;
                assertThat((double) shares[i]).isCloseTo(exact, org.assertj.core.data.Offset.offset(1.0));
            }
        }
    }

    @Test
    void givesTheLeftoverCentsToTheLargestRemaindersAndTheEarlierLineOnATie() {
        // 10 over 3 equal lines: 3.33 each, one cent left, to the first line
        assertThat(Allocation.proportional(10, new long[] {100, 100, 100})).containsExactly(4, 3, 3);
        // 100 over 100, 200, 300: 16.67, 33.33, 50 -> 17, 33, 50
        assertThat(Allocation.proportional(100, new long[] {100, 200, 300})).containsExactly(17, 33, 50);
        assertThat(Allocation.proportional(5, new long[] {0, 5, 0})).containsExactly(0, 5, 0);
    }

    @Test
    void refusesToShareMoreThanTheLinesAreWorth() {
        assertThatThrownBy(() -> Allocation.proportional(11, new long[] {5, 5}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staysExactForAmountsWhoseProductPassesALong() {
        long[] weights = {999_999_999_999L, 999_999_999_999L, 1};
        long[] shares = Allocation.proportional(1_999_999_999_998L, weights);
        assertThat(Arrays.stream(shares).sum()).isEqualTo(1_999_999_999_998L);
        assertThat(shares[0]).isLessThanOrEqualTo(weights[0]);
    }
}
