package io.aisle.identity.data;

import io.aisle.identity.PostalAddress;
import io.aisle.identity.SavedAddress;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The customers' address books. Every statement is scoped to the customer, so another customer's address id
 * finds nothing. {@code is_default} is 1 or NULL: the unique key on (user_id, is_default) allows one default.
 */
@Repository
public class AddressRepository {

    private static final String SELECT = "SELECT id, is_default, " + AddressRows.COLUMNS + " FROM customer_addresses ";

    private final JdbcClient jdbc;

    /** Public for the migration test, which reads an address book on a database of its own. */
    public AddressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The default first, then the newest. */
    public List<SavedAddress> findAll(long userId) {
        return jdbc.sql(SELECT + "WHERE user_id = :userId ORDER BY is_default DESC, created_at DESC, id DESC")
                .param("userId", userId)
                .query(AddressRepository::map)
                .list();
    }

    public Optional<SavedAddress> find(long userId, long id) {
        return jdbc.sql(SELECT + "WHERE user_id = :userId AND id = :id")
                .param("userId", userId)
                .param("id", id)
                .query(AddressRepository::map)
                .optional();
    }

    public Optional<SavedAddress> findDefault(long userId) {
        return jdbc.sql(SELECT + "WHERE user_id = :userId AND is_default = 1")
                .param("userId", userId)
                .query(AddressRepository::map)
                .optional();
    }

    public int count(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer_addresses WHERE user_id = :userId")
                .param("userId", userId)
                .query(Integer.class)
                .single();
    }

    public long insert(long userId, PostalAddress a, boolean isDefault, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer_addresses (user_id, full_name, company, line1, line2, city, region, postal_code,
                                                country, phone, is_default, created_at, updated_at)
                VALUES (:userId, :fullName, :company, :line1, :line2, :city, :region, :postalCode, :country, :phone,
                        :isDefault, :now, :now)
                """)
                .param("userId", userId)
                .params(AddressRows.params(a))
                .param("isDefault", isDefault ? 1 : null)
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public boolean update(long userId, long id, PostalAddress a, Instant now) {
        return jdbc.sql("""
                UPDATE customer_addresses
                SET full_name = :fullName, company = :company, line1 = :line1, line2 = :line2, city = :city,
                    region = :region, postal_code = :postalCode, country = :country, phone = :phone, updated_at = :now
                WHERE user_id = :userId AND id = :id
                """)
                .param("userId", userId)
                .param("id", id)
                .params(AddressRows.params(a))
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    public boolean delete(long userId, long id) {
        return jdbc.sql("DELETE FROM customer_addresses WHERE user_id = :userId AND id = :id")
                .param("userId", userId)
                .param("id", id)
                .update() == 1;
    }

    public void deleteAll(long userId) {
        jdbc.sql("DELETE FROM customer_addresses WHERE user_id = :userId").param("userId", userId).update();
    }

    /** The customer then has no default; the caller names the new one in the same transaction. */
    public void clearDefault(long userId) {
        jdbc.sql("UPDATE customer_addresses SET is_default = NULL WHERE user_id = :userId AND is_default = 1")
                .param("userId", userId)
                .update();
    }

    public boolean setDefault(long userId, long id) {
        return jdbc.sql("UPDATE customer_addresses SET is_default = 1 WHERE user_id = :userId AND id = :id")
                .param("userId", userId)
                .param("id", id)
                .update() == 1;
    }

    /** Makes the most recently added of the customer's addresses the default (after the default was deleted). */
    public void setNewestDefault(long userId) {
        jdbc.sql("""
                UPDATE customer_addresses SET is_default = 1
                WHERE user_id = :userId
                ORDER BY created_at DESC, id DESC
                LIMIT 1
                """)
                .param("userId", userId)
                .update();
    }

    private static SavedAddress map(ResultSet rs, int row) throws SQLException {
        return new SavedAddress(rs.getLong("id"), AddressRows.address(rs, ""), rs.getObject("is_default") != null);
    }
}
