package io.aisle.identity.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Refresh tokens by their SHA-256 hash. Tokens of one sign-in form a family: every refresh replaces
 * the token with a new one of the same family, and a replaced token that comes back revokes the family.
 */
@Repository
public class RefreshTokenRepository {

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredToken(long id, long userId, String familyId, Instant expiresAt, Instant revokedAt) {
    }

    public void insert(long userId, String tokenHash, String familyId, Instant expiresAt, Instant now) {
        jdbc.sql("""
                INSERT INTO refresh_tokens (user_id, token_hash, family_id, expires_at, created_at)
                VALUES (:userId, :hash, :familyId, :expiresAt, :now)
                """)
                .param("userId", userId)
                .param("hash", tokenHash)
                .param("familyId", familyId)
                .param("expiresAt", SqlTime.utc(expiresAt))
                .param("now", SqlTime.utc(now))
                .update();
    }

    public Optional<StoredToken> findByHash(String tokenHash) {
        return jdbc.sql("SELECT id, user_id, family_id, expires_at, revoked_at FROM refresh_tokens WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new StoredToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("family_id"),
                        SqlTime.instant(rs, "expires_at"), SqlTime.instant(rs, "revoked_at")))
                .optional();
    }

    /**
     * Whether the sign-in (the family) still has a token that is not revoked: the family's access tokens
     * are good only while it has. A seek on {@code ix_refresh_tokens_family_live}, run on every API request.
     */
    public boolean isFamilyLive(String familyId) {
        return jdbc.sql("SELECT 1 FROM refresh_tokens WHERE family_id = :familyId AND revoked_at IS NULL LIMIT 1")
                .param("familyId", familyId)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** Revokes one token unless it already was; false means someone else used it first. */
    public boolean revoke(long id, Instant now) {
        return jdbc.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    public int revokeFamily(String familyId, Instant now) {
        return jdbc.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
                .param("familyId", familyId)
                .param("now", SqlTime.utc(now))
                .update();
    }

    public int revokeAllOfUser(long userId, Instant now) {
        return jdbc.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
                .param("userId", userId)
                .param("now", SqlTime.utc(now))
                .update();
    }
}
