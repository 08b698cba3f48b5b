package io.aisle.identity.data;

import io.aisle.identity.HistoricalAccount;
import io.aisle.identity.Role;
import io.aisle.platform.SqlTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts written in bulk for imported histories. Ids come back by email (unique) rather than as
 * generated keys, which a batched insert does not reliably return.
 */
@Repository
public class HistoricalAccountRepository {

    /** Accounts per batched statement, and emails per read-back query. */
    public static final int BATCH = 2_000;

    private final JdbcTemplate batch;
    private final JdbcClient jdbc;

    HistoricalAccountRepository(JdbcTemplate batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    /**
     * Inserts the accounts as customers with no password hash (they cannot sign in until a password reset); their
     * addresses count as verified, as those of every account that existed before verification did.
     */
    public void insertAll(List<HistoricalAccount> accounts) {
        batch.batchUpdate("""
                INSERT INTO users (email, email_verified_at, password_hash, full_name, role, created_at, updated_at)
                VALUES (?, ?, NULL, ?, ?, ?, ?)
                """, accounts, accounts.size(), (ps, account) -> {
            ps.setString(1, account.email());
            ps.setObject(2, SqlTime.utc(account.createdAt()));
            ps.setString(3, account.fullName());
            ps.setString(4, Role.CUSTOMER.name());
            ps.setObject(5, SqlTime.utc(account.createdAt()));
            ps.setObject(6, SqlTime.utc(account.createdAt()));
        });
    }

    /** The ids of the accounts with these emails, by email. */
    public Map<String, Long> findIdsByEmail(Collection<String> emails) {
        Map<String, Long> ids = new HashMap<>();
        if (emails.isEmpty()) {
            return ids;
        }
        jdbc.sql("SELECT id, email FROM users WHERE email IN (:emails)")
                .param("emails", emails)
                .query(rs -> {
                    ids.put(rs.getString("email"), rs.getLong("id"));
                });
        return ids;
    }
}
