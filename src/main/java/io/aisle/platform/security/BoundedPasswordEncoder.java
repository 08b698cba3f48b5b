package io.aisle.platform.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that runs at most a fixed number of hashes at once. BCrypt is slow on purpose
 * (tens of milliseconds of CPU); without a bound, a flood of sign-ins, registrations or password changes
 * takes every core and starves browsing. A request that cannot get a slot within {@code maxWait} is
 * refused with {@link PasswordHashingBusyException} (503 with Retry-After) rather than queued.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore slots;
    private final long maxWaitNanos;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrency, Duration maxWait) {
        this.delegate = delegate;
        this.slots = new Semaphore(concurrency, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hashing) {
        try {
            if (!slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                throw new PasswordHashingBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHashingBusyException();
        }
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
