package io.aisle.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings under {@code aisle.security}. Empty secrets mean "generate one": the admin password
 * is then printed once at first start, and the JWT key is kept under {@code AISLE_HOME}.
 */
@Validated
@ConfigurationProperties("aisle.security")
public record SecurityProperties(
        String adminEmail,
        String adminPassword,
        String jwtSecret,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Login login,
        PasswordHashing passwordHashing) {

    public SecurityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        login = login == null ? new Login(null, null, null, null, null) : login;
        passwordHashing = passwordHashing == null ? new PasswordHashing(null, null) : passwordHashing;
    }

    /**
     * Sign-in throttling (API and form). After {@code accountFailures} failed sign-ins in a row on one
     * account, or {@code addressFailures} from one client address, each further failure blocks the next
     * attempt for {@code backoff}, doubling up to {@code maxBackoff}. Failures older than
     * {@code forgetAfter} are forgotten; a successful sign-in clears the account's count.
     */
    public record Login(Integer accountFailures, Integer addressFailures, Duration backoff, Duration maxBackoff,
            Duration forgetAfter) {

        public Login {
            accountFailures = accountFailures == null ? 5 : accountFailures;
            addressFailures = addressFailures == null ? 50 : addressFailures;
            backoff = backoff == null ? Duration.ofSeconds(2) : backoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
            forgetAfter = forgetAfter == null ? Duration.ofMinutes(15) : forgetAfter;
        }
    }

    /**
     * How many password hashes (bcrypt, deliberately slow) may run at once, and how long a request waits
     * for its turn before it is answered 503. {@code concurrency} 0 means half the processors, at least one,
     * so that a flood of sign-ins always leaves CPU for browsing.
     */
    public record PasswordHashing(Integer concurrency, Duration maxWait) {

        public PasswordHashing {
            concurrency = concurrency == null || concurrency <= 0
                    ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : concurrency;
            maxWait = maxWait == null ? Duration.ofSeconds(2) : maxWait;
        }
    }
}
