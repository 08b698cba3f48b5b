package io.aisle.identity;

import io.aisle.identity.data.AccountTokenRepository;
import io.aisle.identity.data.AccountTokenRepository.Purpose;
import io.aisle.identity.data.AccountTokenRepository.StoredToken;
import io.aisle.platform.InvalidRequestException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Makes and spends the single-use secrets of reset and verification links: 256 random bits, stored only as their
 * SHA-256, so the table alone opens nothing. Both run in the caller's transaction.
 */
@Component
class AccountTokens {

    static final String INVALID = "is not valid: it is unknown, used already or expired. Ask for a new link";

    record Issued(String token, Instant expiresAt) {
    }

    private final AccountTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    Issued issue(long userId, Purpose purpose, String email, Duration ttl) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        tokens.insert(userId, purpose, TokenService.hash(token), email, expiresAt, now);
        return new Issued(token, expiresAt);
    }

    /**
     * Spends the token, or refuses it with a 400 naming {@code token}. Read, then a guarded UPDATE: of two requests
     * with one token, the second waits for the first's row lock and then finds it used.
     */
    StoredToken spend(String token, Purpose purpose) {
        Instant now = clock.instant();
        StoredToken stored = token == null || token.isBlank() ? null
                : tokens.findUsable(TokenService.hash(token.strip()), purpose, now).orElse(null);
        if (stored == null || !tokens.use(stored.id(), now)) {
            throw new InvalidRequestException("token", INVALID);
        }
        return stored;
    }

    void spendAll(long userId, Purpose purpose) {
        tokens.useAll(userId, purpose, clock.instant());
    }
}
