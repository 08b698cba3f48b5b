package io.aisle.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A random secret made on first use and kept in {@code $AISLE_HOME/secrets/<name>} (Base64, readable by
 * its owner only), so that it survives restarts: the JWT key, the embedded database's passwords.
 */
public final class GeneratedSecret {

    private static final Logger log = LoggerFactory.getLogger(GeneratedSecret.class);

    private GeneratedSecret() {
    }

    /** The secret's bytes: read from the file, or {@code length} random bytes written to it first. */
    public static synchronized byte[] load(Path home, String name, int length) {
        Path file = home.resolve("secrets").resolve(name);
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] secret = new byte[length];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            restrictToOwner(file.getParent(), "rwx------");
            Path partial = file.resolveSibling(name + ".new");
            Files.writeString(partial, Base64.getEncoder().encodeToString(secret));
            restrictToOwner(partial, "rw-------");
            // a crash while writing leaves no half secret behind that the next start would trust
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Generated a secret in {}", file.toAbsolutePath());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the secret at " + file, e);
        }
    }

    /** The secret as a password: exactly the file's text, so that an operator can pass it on with {@code cat}. */
    public static String loadText(Path home, String name) {
        return Base64.getEncoder().encodeToString(load(home, name, 24));
    }

    private static void restrictToOwner(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's ACL applies
        }
    }
}
