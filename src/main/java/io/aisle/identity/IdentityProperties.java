package io.aisle.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Account settings under {@code aisle.identity}: how long a password-reset link works ({@code resetTokenTtl},
 * 1 hour by default: it opens the account) and how long an e-mail verification link works
 * ({@code verificationTokenTtl}, 3 days by default: it proves less, and people read their mail late).
 */
@Validated
@ConfigurationProperties("aisle.identity")
public record IdentityProperties(Duration resetTokenTtl, Duration verificationTokenTtl) {

    public IdentityProperties {
        resetTokenTtl = resetTokenTtl == null ? Duration.ofHours(1) : resetTokenTtl;
        verificationTokenTtl = verificationTokenTtl == null ? Duration.ofDays(3) : verificationTokenTtl;
        if (resetTokenTtl.isNegative() || resetTokenTtl.isZero() || verificationTokenTtl.isNegative()
                || verificationTokenTtl.isZero()) {
            throw new IllegalArgumentException("aisle.identity token lifetimes must be positive");
        }
    }
}
