package io.aisle.identity.data;

import io.aisle.identity.PostalAddress;
import io.aisle.identity.Role;
import io.aisle.identity.User;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.aisle.platform.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts. Deleted accounts keep their row (orders point at it) but lose every personal field. */
@Repository
public class UserRepository {

    static final String SELECT = """
            SELECT id, email, full_name, phone, ship_full_name, ship_line1, ship_line2, ship_city,
                   ship_postal_code, ship_country, role, created_at
            FROM users
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user with the password hash, for checking credentials only. */
    public record Credentials(User user, String passwordHash) {
    }

    public Optional<User> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(UserRepository::map)
                .optional();
    }

    /** Customer accounts (not admins, not deleted), newest first. */
    public List<User> findCustomers(PageQuery page) {
        return jdbc.sql(SELECT + """
                 WHERE role = 'CUSTOMER' AND deleted_at IS NULL
                 ORDER BY created_at DESC, id DESC
                 LIMIT :limit OFFSET :offset
                """)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(UserRepository::map)
                .list();
    }

    public long countCustomers() {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = 'CUSTOMER' AND deleted_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** The accounts among the ids, in no particular order; unknown and deleted ids are left out. */
    public List<User> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE id IN (:ids) AND deleted_at IS NULL")
                .param("ids", ids)
                .query(UserRepository::map)
                .list();
    }

    public Optional<Credentials> findCredentialsByEmail(String email) {
        return jdbc.sql(SELECT.replace("SELECT id,", "SELECT password_hash, id,") + " WHERE email = :email AND deleted_at IS NULL")
                .param("email", email)
                .query((rs, row) -> new Credentials(map(rs, row), rs.getString("password_hash")))
                .optional();
    }

    public Optional<String> findPasswordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM users WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    public boolean existsByEmail(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :email")
                .param("email", email)
                .query(Integer.class)
                .single() > 0;
    }

    public long insert(String email, String passwordHash, String fullName, Role role, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO users (email, password_hash, full_name, role, created_at, updated_at)
                VALUES (:email, :passwordHash, :fullName, :role, :now, :now)
                """)
                .param("email", email)
                .param("passwordHash", passwordHash)
                .param("fullName", fullName)
                .param("role", role.name())
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public void updateProfile(long id, String fullName, String phone, PostalAddress address, Instant now) {
        jdbc.sql("""
                UPDATE users
                SET full_name = :fullName, phone = :phone, ship_full_name = :shipFullName, ship_line1 = :line1,
                    ship_line2 = :line2, ship_city = :city, ship_postal_code = :postalCode,
                    ship_country = :country, updated_at = :now
                WHERE id = :id AND deleted_at IS NULL
                """)
                .param("id", id)
                .param("fullName", fullName)
                .param("phone", phone)
                .param("shipFullName", address == null ? null : address.fullName())
                .param("line1", address == null ? null : address.line1())
                .param("line2", address == null ? null : address.line2())
                .param("city", address == null ? null : address.city())
                .param("postalCode", address == null ? null : address.postalCode())
                .param("country", address == null ? null : address.country())
                .param("now", SqlTime.utc(now))
                .update();
    }

    public void updatePasswordHash(long id, String passwordHash, Instant now) {
        jdbc.sql("UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .param("hash", passwordHash)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Web sessions of the account signed in before {@code now} end (checked on their next request). */
    public void endSessions(long id, Instant now) {
        jdbc.sql("UPDATE users SET sessions_valid_after = :now WHERE id = :id")
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Since when the account's web sessions are good; empty for a deleted or unknown account. */
    public Optional<Instant> findSessionsValidAfter(long id) {
        return jdbc.sql("SELECT sessions_valid_after FROM users WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query((rs, row) -> {
                    Instant validAfter = SqlTime.instant(rs, "sessions_valid_after");
                    return validAfter == null ? Instant.EPOCH : validAfter;
                })
                .optional();
    }

    public void updateRole(long id, Role role, Instant now) {
        jdbc.sql("UPDATE users SET role = :role, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("role", role.name())
                .param("now", SqlTime.utc(now))
                .update();
    }

    /**
     * Locks the account's row until the transaction ends (a locking read, so it sees the latest commit
     * whatever the isolation); false when there is no such live account. Checkout and account deletion
     * both take this lock first, so one of them waits for the other.
     */
    public boolean lockActive(long id) {
        return jdbc.sql("SELECT id FROM users WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /** Erases every personal field and frees the email address; the row stays for the shop's books. */
    public boolean anonymize(long id, Instant now) {
        return jdbc.sql("""
                UPDATE users
                SET email = CONCAT('deleted-', id, '@deleted.invalid'), password_hash = NULL,
                    full_name = 'Deleted customer', phone = NULL, ship_full_name = NULL, ship_line1 = NULL,
                    ship_line2 = NULL, ship_city = NULL, ship_postal_code = NULL, ship_country = NULL,
                    updated_at = :now, deleted_at = :now
                WHERE id = :id AND deleted_at IS NULL
                """)
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    static User map(ResultSet rs, int row) throws SQLException {
        PostalAddress address = rs.getString("ship_line1") == null ? null : PostalAddress.of(
                rs.getString("ship_full_name"), rs.getString("ship_line1"), rs.getString("ship_line2"),
                rs.getString("ship_city"), rs.getString("ship_postal_code"), rs.getString("ship_country"));
        return new User(rs.getLong("id"), rs.getString("email"), rs.getString("full_name"), rs.getString("phone"),
                address, Role.valueOf(rs.getString("role")), SqlTime.instant(rs, "created_at"));
    }
}
