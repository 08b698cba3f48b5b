package io.aisle.identity.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use account tokens (password reset, e-mail verification) by the SHA-256 of their secret. A token is spent
 * by {@link #use}, whose WHERE clause is the guard: of two requests with one token, exactly one changes the row.
 */
@Repository
public class AccountTokenRepository {

    /** What a token is good for. */
    public enum Purpose { RESET, VERIFY }

    /** A token that was good when it was read: its account and the address it was mailed to. */
    public record StoredToken(long id, long userId, String email) {
    }

    private final JdbcClient jdbc;

    AccountTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long userId, Purpose purpose, String tokenHash, String email, Instant expiresAt, Instant now) {
        jdbc.sql("""
                INSERT INTO account_tokens (user_id, purpose, token_hash, email, created_at, expires_at)
                VALUES (:userId, :purpose, :hash, :email, :now, :expiresAt)
                """)
                .param("userId", userId)
                .param("purpose", purpose.name())
                .param("hash", tokenHash)
                .param("email", email)
                .param("now", SqlTime.utc(now))
                .param("expiresAt", SqlTime.utc(expiresAt))
                .update();
    }

    /** The token if it is unused and unexpired at {@code now}; a read only: {@link #use} decides. */
    public Optional<StoredToken> findUsable(String tokenHash, Purpose purpose, Instant now) {
        return jdbc.sql("""
                SELECT id, user_id, email FROM account_tokens
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", tokenHash)
                .param("purpose", purpose.name())
                .param("now", SqlTime.utc(now))
                .query((rs, row) -> new StoredToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("email")))
                .optional();
    }

    /** Spends the token; false when it was used (by a concurrent request too) or expired meanwhile. */
    public boolean use(long id, Instant now) {
        return jdbc.sql("""
                UPDATE account_tokens SET used_at = :now
                WHERE id = :id AND used_at IS NULL AND expires_at > :now
                """)
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /** Spends every open token of the account for this purpose: after a reset, older reset links are dead too. */
    public int useAll(long userId, Purpose purpose, Instant now) {
        return jdbc.sql("""
                UPDATE account_tokens SET used_at = :now
                WHERE user_id = :userId AND purpose = :purpose AND used_at IS NULL
                """)
                .param("userId", userId)
                .param("purpose", purpose.name())
                .param("now", SqlTime.utc(now))
                .update();
    }
}
