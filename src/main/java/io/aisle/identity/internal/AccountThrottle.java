package io.aisle.identity.internal;

import io.aisle.identity.TooManyAttemptsException;
import io.aisle.identity.data.LoginFailureRepository;
import io.aisle.platform.SecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per account, counted in the database: a guesser spread over several instances is
 * throttled like one on a single instance. A blocked attempt is refused before its password is hashed,
 * so it costs one primary-key read.
 */
@Component
public class AccountThrottle {

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
        failures.findBlockedUntil(accountHash)
                .filter(until -> until.isAfter(now))
                .ifPresent(until -> {
                    throw new TooManyAttemptsException(Duration.between(now, until));
                });
    }

    @Transactional
    public void failed(String accountHash) {
        Instant now = clock.instant();
        failures.recordFailure(accountHash, now, now.minus(forgetAfter));
        Instant until = backoff.blockedUntil(failures.findFailures(accountHash), now);
        if (until.isAfter(now)) {
            failures.block(accountHash, until);
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
