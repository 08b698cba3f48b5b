package io.aisle.identity.internal;

import io.aisle.identity.TooManyAttemptsException;
import io.aisle.platform.SecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, in this instance's memory (each instance throttles the addresses
 * it sees). Only failures count, so a shop behind one address, or a test suite signing in many accounts
 * from localhost, is not slowed down by its successful sign-ins.
 */
@Component
public class AddressThrottle {

    /** Above this many addresses, forgotten ones are swept out, so a spread-out attack cannot fill memory. */
    private static final int SWEEP_ABOVE = 100_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final FailureBackoff backoff;
    private final Duration forgetAfter;
    private final Clock clock;

    AddressThrottle(SecurityProperties properties, Clock clock) {
        var login = properties.login();
        this.backoff = new FailureBackoff(login.addressFailures(), login.backoff(), login.maxBackoff());
        this.forgetAfter = login.forgetAfter();
        this.clock = clock;
    }

    public void check(String address) {
        Instant now = clock.instant();
        Failures recent = failures.get(address);
        if (recent != null && recent.blockedUntil().isAfter(now)) {
            throw new TooManyAttemptsException(Duration.between(now, recent.blockedUntil()));
        }
    }

    public void failed(String address) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(forgetAfter);
        failures.compute(address, (key, before) -> {
            int count = before == null || before.last().isBefore(forgetBefore) ? 1 : before.count() + 1;
            return new Failures(count, now, backoff.blockedUntil(count, now));
        });
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.last().isBefore(forgetBefore) && !f.blockedUntil().isAfter(now));
        }
    }
}
