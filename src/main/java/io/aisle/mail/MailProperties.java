package io.aisle.mail;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Mail settings under {@code aisle.mail}. {@code baseUrl} starts every link in a mail ({@code AISLE_PUBLIC_URL});
 * {@code from} is the sender ({@code AISLE_MAIL_FROM}). A failed attempt is retried after {@code retryDelay},
 * doubled each time up to {@code maxRetryDelay}, {@code maxAttempts} times in all; a sender holds a claimed mail for
 * {@code lease} (then another may take it: the first one died); {@code pollInterval} is how often each instance
 * looks for due mails besides the nudge after each commit.
 */
@Validated
@ConfigurationProperties("aisle.mail")
public record MailProperties(String baseUrl, String from, String shopName, @Positive Integer maxAttempts,
        Duration retryDelay, Duration maxRetryDelay, Duration lease, Duration pollInterval, @Positive Integer batchSize) {

    public MailProperties {
        baseUrl = blank(baseUrl) ? "http://localhost:8080" : stripSlash(baseUrl.strip());
        from = blank(from) ? "Aisle <shop@aisle.local>" : from.strip();
        shopName = blank(shopName) ? "Aisle" : shopName.strip();
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        batchSize = batchSize == null ? 20 : batchSize;
    }

    /** The wait before the next attempt after {@code attempts} failed ones: doubling, capped. */
    public Duration backoff(int attempts) {
        Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }

    /** The absolute URL of a path of the shop. */
    public String link(String path) {
        return baseUrl + path;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
