package io.aisle.identity.internal;

import io.aisle.identity.TooManyAttemptsException;
import io.aisle.identity.data.LoginFailureRepository;
import io.aisle.platform.SecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per account, counted in the database: a guesser spread over several instances is
 * throttled like one on a single instance. A blocked attempt is refused before its password is hashed,
 * at the cost of one primary-key read; blocks this instance has seen are also kept in memory until they
 * end, so a flood on one account is refused without touching the database. Keeping them is exact: a block
 * is never lifted early (a sign-in cannot succeed while it lasts).
 */
@Component
public class AccountThrottle {

    /** Above this many accounts, ended blocks are swept out of memory. */
    private static final int SWEEP_ABOVE = 100_000;

    private final Map<String, Instant> knownBlocks = new ConcurrentHashMap<>();
    private final LoginFailureRepository failures;
    private final FailureBackoff backoff;
    private final Duration forgetAfter;
    private final Clock clock;

    AccountThrottle(LoginFailureRepository failures, SecurityProperties properties, Clock clock) {
        var login = properties.login();
        this.failures = failures;
        this.backoff = new FailureBackoff(login.accountFailures(), login.backoff(), login.maxBackoff());
        this.forgetAfter = login.forgetAfter();
        this.clock = clock;
    }

    public void check(String accountHash) {
        Instant now = clock.instant();
        Instant known = knownBlocks.get(accountHash);
        Instant until = known != null && known.isAfter(now) ? known
                : failures.findBlockedUntil(accountHash).orElse(now);
        if (until.isAfter(now)) {
            remember(accountHash, until, now);
            throw new TooManyAttemptsException(Duration.between(now, until));
        }
    }

    /** In a transaction of its own: a failure counts even when the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String accountHash) {
        Instant now = clock.instant();
        failures.recordFailure(accountHash, now, now.minus(forgetAfter));
        Instant until = backoff.blockedUntil(failures.findFailures(accountHash), now);
        if (until.isAfter(now)) {
            failures.block(accountHash, until);
            remember(accountHash, until, now);
        }
    }

    private void remember(String accountHash, Instant until, Instant now) {
        knownBlocks.put(accountHash, until);
        if (knownBlocks.size() > SWEEP_ABOVE) {
            knownBlocks.values().removeIf(end -> !end.isAfter(now));
        }
    }

    public void succeeded(String accountHash) {
        failures.clear(accountHash);
    }

    /** Keeps the table to the accounts that failed lately; any instance may run it, it is idempotent. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldFailures() {
        failures.deleteForgotten(clock.instant().minus(forgetAfter));
    }
}
