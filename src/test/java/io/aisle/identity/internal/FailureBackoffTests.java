package io.aisle.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureBackoffTests {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private final FailureBackoff backoff = new FailureBackoff(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void blocksNothingBeforeTheFreeFailuresThenDoublesUpToTheCap() {
        assertThat(backoff.blockedUntil(4, NOW)).isEqualTo(NOW);
        assertThat(backoff.blockedUntil(5, NOW)).isEqualTo(NOW.plusSeconds(2));
        assertThat(backoff.blockedUntil(6, NOW)).isEqualTo(NOW.plusSeconds(4));
        assertThat(backoff.blockedUntil(12, NOW)).isEqualTo(NOW.plusSeconds(256));
        assertThat(backoff.blockedUntil(13, NOW)).isEqualTo(NOW.plusSeconds(300));
        assertThat(backoff.blockedUntil(10_000, NOW)).isEqualTo(NOW.plusSeconds(300));
    }
}
