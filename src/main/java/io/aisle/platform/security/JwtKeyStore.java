package io.aisle.platform.security;

import io.aisle.platform.SecurityProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 key that signs access tokens: {@code AISLE_JWT_SECRET} when given, else a random key made
 * on first start and kept in {@code $AISLE_HOME/secrets/jwt.key} so that tokens survive restarts.
 */
final class JwtKeyStore {

    private static final Logger log = LoggerFactory.getLogger(JwtKeyStore.class);
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
        return new SecretKeySpec(generatedKey(home.resolve("secrets").resolve("jwt.key")), "HmacSHA256");
    }

    private static synchronized byte[] generatedKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] key = new byte[64];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            restrictToOwner(file);
            log.info("Generated a JWT signing key in {}", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT key at " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's ACL applies
        }
    }
}
