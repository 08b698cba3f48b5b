package io.aisle.retention;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Retention settings under {@code aisle.retention}.
 *
 * @param lease how long a sender holds a member's offer before another sender (or instance) may take it over; longer
 *     than an LLM call can take
 * @param llmTimeout the longest the LLM may take to write one mail; then the template's text goes
 * @param maxAttempts attempts at one member's offer before it is given up (SKIPPED)
 * @param batchSize members one round of sending claims at a time
 */
@Validated
@ConfigurationProperties("aisle.retention")
public record RetentionProperties(Duration lease, Duration llmTimeout, @Positive Integer maxAttempts,
        @Positive Integer batchSize) {

    public RetentionProperties {
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        llmTimeout = llmTimeout == null ? Duration.ofSeconds(20) : llmTimeout;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        batchSize = batchSize == null ? 100 : batchSize;
        if (!llmTimeout.minus(lease).isNegative()) {
            throw new IllegalArgumentException("the lease (" + lease + ") must outlast the LLM timeout (" + llmTimeout + ")");
        }
    }
}
