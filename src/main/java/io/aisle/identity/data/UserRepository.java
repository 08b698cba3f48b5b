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

    /** An account with its default address (the address book's default: the shipping address). */
    static final String SELECT = """
            SELECT u.id, u.email, u.full_name, u.phone, u.role, u.created_at, u.email_verified_at, u.cart_reminders,
                   a.full_name AS a_full_name,
                   a.company AS a_company, a.line1 AS a_line1, a.line2 AS a_line2, a.city AS a_city,
                   a.region AS a_region, a.postal_code AS a_postal_code, a.country AS a_country, a.phone AS a_phone
            FROM users u
            LEFT JOIN customer_addresses a ON a.user_id = u.id AND a.is_default = 1
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user with the password hash, for checking credentials only. */
    public record Credentials(User user, String passwordHash) {
    }

    public Optional<User> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id AND u.deleted_at IS NULL")
                .param("id", id)
                .query(UserRepository::map)
                .optional();
    }

    /** Customer accounts (not admins, not deleted), newest first. */
    public List<User> findCustomers(PageQuery page) {
        return jdbc.sql(SELECT + """
                 WHERE u.role = 'CUSTOMER' AND u.deleted_at IS NULL
                 ORDER BY u.created_at DESC, u.id DESC
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
        return jdbc.sql(SELECT + " WHERE u.id IN (:ids) AND u.deleted_at IS NULL")
                .param("ids", ids)
                .query(UserRepository::map)
                .list();
    }

    public Optional<Credentials> findCredentialsByEmail(String email) {
        return jdbc.sql(SELECT.replace("SELECT u.id,", "SELECT u.password_hash, u.id,") + " WHERE u.email = :email AND u.deleted_at IS NULL")
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

    /** A new account; {@code verifiedAt} null when its e-mail address still has to be proven. */
    public long insert(String email, String passwordHash, String fullName, Role role, Instant verifiedAt, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO users (email, email_verified_at, password_hash, full_name, role, created_at, updated_at)
                VALUES (:email, :verifiedAt, :passwordHash, :fullName, :role, :now, :now)
                """)
                .param("email", email)
                .param("verifiedAt", SqlTime.utc(verifiedAt))
                .param("passwordHash", passwordHash)
                .param("fullName", fullName)
                .param("role", role.name())
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public void updateProfile(long id, String fullName, String phone, Instant now) {
        jdbc.sql("""
                UPDATE users
                SET full_name = :fullName, phone = :phone, updated_at = :now
                WHERE id = :id AND deleted_at IS NULL
                """)
                .param("id", id)
                .param("fullName", fullName)
                .param("phone", phone)
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
    /** Locks the row of the account unless it is deleted, and answers its e-mail address. */
    public Optional<String> lockActive(long id) {
        return jdbc.sql("SELECT email FROM users WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** Erases every personal field and frees the email address; the row stays for the shop's books. */
    public boolean anonymize(long id, Instant now) {
        return jdbc.sql("""
                UPDATE users
                SET email = CONCAT('deleted-', id, '@deleted.invalid'), password_hash = NULL,
                    full_name = 'Deleted customer', phone = NULL, updated_at = :now, deleted_at = :now
                WHERE id = :id AND deleted_at IS NULL
                """)
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /**
     * Marks the address as proven, if it is still the account's address and was not proven yet; false otherwise
     * (changed since the link was sent, verified already, or the account deleted).
     */
    public boolean markVerified(long id, String email, Instant now) {
        return jdbc.sql("""
                UPDATE users SET email_verified_at = :now, updated_at = :now
                WHERE id = :id AND email = :email AND email_verified_at IS NULL AND deleted_at IS NULL
                """)
                .param("id", id)
                .param("email", email)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    public void updateCartReminders(long id, boolean cartReminders, Instant now) {
        jdbc.sql("UPDATE users SET cart_reminders = :on, updated_at = :now WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .param("on", cartReminders)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Among the ids, the live accounts with a verified address that asked for cart reminders. */
    public List<User> findCartReminderRecipients(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 WHERE u.id IN (:ids) AND u.cart_reminders = TRUE AND u.email_verified_at IS NOT NULL
                   AND u.deleted_at IS NULL
                """)
                .param("ids", ids)
                .query(UserRepository::map)
                .list();
    }

    static User map(ResultSet rs, int row) throws SQLException {
        PostalAddress address = AddressRows.address(rs, "a_");
        return new User(rs.getLong("id"), rs.getString("email"), rs.getString("full_name"), rs.getString("phone"),
                address, Role.valueOf(rs.getString("role")), SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "email_verified_at"), rs.getBoolean("cart_reminders"));
    }
}
