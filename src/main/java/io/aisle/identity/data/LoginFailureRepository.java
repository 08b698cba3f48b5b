package io.aisle.identity.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per account (by the SHA-256 of the normalized email), in the database so that every
 * instance counts and honours the same failures.
 */
@Repository
public class LoginFailureRepository {

    private final JdbcClient jdbc;

    LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> findBlockedUntil(String accountHash) {
        return jdbc.sql("SELECT blocked_until FROM login_failures WHERE account_hash = :hash")
                .param("hash", accountHash)
                .query((rs, row) -> SqlTime.instant(rs, "blocked_until"))
                .optional();
    }

    /**
     * Counts one more failure, starting again at 1 when the last one is older than {@code forgetBefore}.
     * Atomic under concurrent failures on several instances. The CASE reads the old {@code last_failed_at}:
     * MySQL and MariaDB assign left to right.
     */
    public void recordFailure(String accountHash, Instant now, Instant forgetBefore) {
        jdbc.sql("""
                INSERT INTO login_failures (account_hash, failures, last_failed_at, blocked_until)
                VALUES (:hash, 1, :now, :now)
                ON DUPLICATE KEY UPDATE
                    failures = CASE WHEN last_failed_at < :forgetBefore THEN 1 ELSE failures + 1 END,
                    last_failed_at = :now
                """)
                .param("hash", accountHash)
                .param("now", SqlTime.utc(now))
                .param("forgetBefore", SqlTime.utc(forgetBefore))
                .update();
    }

    public int findFailures(String accountHash) {
        return jdbc.sql("SELECT failures FROM login_failures WHERE account_hash = :hash")
                .param("hash", accountHash)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    public void block(String accountHash, Instant until) {
        jdbc.sql("UPDATE login_failures SET blocked_until = :until WHERE account_hash = :hash")
                .param("hash", accountHash)
                .param("until", SqlTime.utc(until))
                .update();
    }

    public void clear(String accountHash) {
        jdbc.sql("DELETE FROM login_failures WHERE account_hash = :hash")
                .param("hash", accountHash)
                .update();
    }

    /** Removes counts nobody added to since {@code before}: they would be forgotten anyway. */
    public int deleteForgotten(Instant before) {
        return jdbc.sql("DELETE FROM login_failures WHERE last_failed_at < :before AND blocked_until < :before")
                .param("before", SqlTime.utc(before))
                .update();
    }
}
