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
        Duration refreshTokenTtl) {

    public SecurityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
    }
}
