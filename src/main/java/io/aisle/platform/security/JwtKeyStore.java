package io.aisle.platform.security;

import io.aisle.platform.GeneratedSecret;
import io.aisle.platform.SecurityProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HS256 key that signs access tokens: {@code AISLE_JWT_SECRET} when given, else a random key made
 * on first start and kept in {@code $AISLE_HOME/secrets/jwt.key} so that tokens survive restarts.
 */
final class JwtKeyStore {

    private static final int MIN_BYTES = 32;

    private JwtKeyStore() {
    }

    static SecretKey load(SecurityProperties properties, Path home) {
        String configured = properties.jwtSecret();
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_BYTES) {
                throw new IllegalStateException("AISLE_JWT_SECRET must be at least " + MIN_BYTES + " bytes long");
            }
            return new SecretKeySpec(bytes, "HmacSHA256");
        }
        return new SecretKeySpec(GeneratedSecret.load(home, "jwt.key", 64), "HmacSHA256");
    }
}
