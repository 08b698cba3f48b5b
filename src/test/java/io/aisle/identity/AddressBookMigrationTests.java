package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.identity.data.AddressRepository;
import io.aisle.ScratchSchema;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The address a profile held before the address book (users.ship_*, which V17 removes) becomes the
 * customer's default address. The old way of saving it no longer exists in the code, so the test saves it
 * the way that code did, on a new schema migrated up to V16, then migrates to V17 and reads the address
 * book with the shop's own repository.
 */
class AddressBookMigrationTests extends ApiTest {

    @Autowired
    Environment environment;

    @Test
    void makesTheProfilesOldAddressTheCustomersDefaultAddress() throws Exception {
        ScratchSchema schema = ScratchSchema.create(environment, "aisle_v17_");
        DataSource dataSource = schema.dataSource();
        JdbcClient db = JdbcClient.create(dataSource);
        try {
            migrate(dataSource, "16");
            long withAddress = oldUser(db, "ada@example.com", "'Ada Lovelace', '12 St James''s Square', 'Flat 2', "
                    + "'London', 'SW1Y 4JH', 'GB'");
            long without = oldUser(db, "grace@example.com", "NULL, NULL, NULL, NULL, NULL, NULL");

            migrate(dataSource, "17");

            AddressBook book = new AddressBook(new AddressRepository(db), null, Clock.systemUTC());
            assertThat(book.list(withAddress)).singleElement().satisfies(saved -> {
                assertThat(saved.isDefault()).isTrue();
                assertThat(saved.address()).isEqualTo(new PostalAddress("Ada Lovelace", null, "12 St James's Square",
                        "Flat 2", "London", null, "SW1Y 4JH", "GB", null));
            });
            assertThat(book.defaultFor(without)).isEmpty();
        } finally {
            schema.drop();
        }
    }

    private static void migrate(DataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
    }

    /** A customer as V2 stored them, with the profile's shipping address in users.ship_*. */
    private static long oldUser(JdbcClient db, String email, String address) {
        db.sql("""
                INSERT INTO users (email, password_hash, full_name, ship_full_name, ship_line1, ship_line2, ship_city,
                                   ship_postal_code, ship_country, role, created_at, updated_at)
                VALUES (:email, NULL, 'Old Customer',\s""" + address + """
                , 'CUSTOMER', NOW(6), NOW(6))
                """).param("email", email).update();
        return db.sql("SELECT id FROM users WHERE email = :email").param("email", email).query(Long.class).single();
    }
}
