package io.aisle.assistant.internal;

import io.aisle.assistant.data.BurstRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most so many messages a minute per key (a customer, or a guest's network address), counted in the database
 * so that a flood spread over several instances is stopped as one. The key's row is locked while its last minute
 * is counted and the new message written, so parallel messages are admitted one at a time, exactly up to the limit.
 */
@Component
class BurstLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final BurstRepository hits;
    private final TransactionTemplate alone;
    private final Clock clock;

    BurstLimit(BurstRepository hits, PlatformTransactionManager transactions, Clock clock) {
        this.hits = hits;
        this.alone = new TransactionTemplate(transactions);
        // counted and committed at once, never inside a caller's longer transaction that would hold the key's lock
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Counts a message under the key and answers true, or answers false when the key had its limit this minute. */
    boolean tryAcquire(String key, int limit) {
        return Boolean.TRUE.equals(alone.execute(status -> {
            Instant now = clock.instant();
            hits.lock(key, now);
            if (hits.countSince(key, now.minus(WINDOW)) >= limit) {
                return false;
            }
            hits.insert(key, now);
            return true;
        }));
    }

    /** Forgets what no longer counts; every instance does it, each delete taking what is there. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void forget() {
        Instant before = clock.instant().minus(WINDOW.multipliedBy(2));
        hits.deleteHitsBefore(before);
        hits.deleteKeysBefore(before);
    }
}
