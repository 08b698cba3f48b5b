package io.aisle.identity;

import io.aisle.identity.data.RefreshTokenRepository;
import io.aisle.platform.AccessTokens;
import io.aisle.platform.AuthenticationFailedException;
import io.aisle.platform.SecurityProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in, refresh and sign-out for the API. Access tokens are short-lived signed JWTs; refresh tokens
 * are random, stored only as hashes, and rotate on every use. Using a refresh token twice (a sign of
 * theft) revokes its whole family, so the thief and the owner both have to sign in again. A family is a
 * session: its access tokens name it ({@code sid}) and are refused as soon as it has no live refresh token.
 */
@Service
public class TokenService {

    static final String INVALID_REFRESH = "The refresh token is invalid or has expired. Sign in again.";

    private final AccountService accounts;
    private final SignInService signIns;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokens accessTokens;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(AccountService accounts, SignInService signIns, RefreshTokenRepository refreshTokens,
            AccessTokens accessTokens, SecurityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new session for these credentials, throttled per account and client address. Not one transaction:
     * the password check must not hold a database connection while it hashes, and a failure must be counted.
     */
    public TokenPair login(String email, String password, String clientAddress) {
        User user = signIns.signIn(email, password, clientAddress);
        events.publishEvent(new UserLoggedIn(user.id()));
        return issue(user, UUID.randomUUID().toString());
    }

    /** A new pair for a valid refresh token. A reused one revokes its family, and that must stick. */
    @Transactional(noRollbackFor = AuthenticationFailedException.class)
    public TokenPair refresh(String refreshToken) {
        Instant now = clock.instant();
        var stored = refreshTokens.findByHash(hash(refreshToken))
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
        if (stored.revokedAt() != null) {
            refreshTokens.revokeFamily(stored.familyId(), now);
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        if (!stored.expiresAt().isAfter(now) || !refreshTokens.revoke(stored.id(), now)) {
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        User user;
        try {
            user = accounts.get(stored.userId());
        } catch (RuntimeException deleted) {
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        return issue(user, stored.familyId());
    }

    /** Revokes the refresh token; unknown or already revoked tokens are ignored (idempotent). */
    @Transactional
    public void logout(String refreshToken) {
        refreshTokens.findByHash(hash(refreshToken))
                .ifPresent(stored -> refreshTokens.revokeFamily(stored.familyId(), clock.instant()));
    }

    private TokenPair issue(User user, String familyId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        refreshTokens.insert(user.id(), hash(refreshToken), familyId, now.plus(properties.refreshTokenTtl()), now);
        String access = accessTokens.issue(user.id(), user.email(), user.role().name(), familyId);
        return new TokenPair(access, refreshToken, "Bearer", accessTokens.expiresInSeconds());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
