package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.platform.SqlTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HistoricalAccountsTests extends ApiTest {

    private static final Instant SIGNED_UP = Instant.parse("2025-03-04T00:00:00Z");

    @Autowired
    HistoricalAccounts historicalAccounts;

    @Test
    void createsCustomersWithTheirSignUpTimesAndReturnsTheirIdsInOrder() {
        String run = unique("sim");
        List<HistoricalAccount> wanted = List.of(
                new HistoricalAccount(run + "-1@simulated.invalid", "Simulated customer 1", SIGNED_UP),
                new HistoricalAccount(run + "-2@simulated.invalid", "Simulated customer 2", SIGNED_UP.plusSeconds(86_400)),
                new HistoricalAccount(run + "-3@simulated.invalid", "Simulated customer 3", SIGNED_UP.plusSeconds(172_800)));

        List<Long> ids = historicalAccounts.createAll(wanted);

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> row = jdbc.sql("""
                    SELECT email, full_name, role, password_hash, created_at, updated_at FROM users WHERE id = :id
                    """).param("id", ids.get(i)).query().singleRow();
            assertThat(row.get("email")).isEqualTo(wanted.get(i).email());
            assertThat(row.get("full_name")).isEqualTo(wanted.get(i).fullName());
            assertThat(row.get("role")).isEqualTo("CUSTOMER");
            assertThat(row.get("password_hash")).isNull();
            assertThat(row.get("created_at")).isEqualTo(stamp(wanted.get(i).createdAt()));
            assertThat(row.get("updated_at")).isEqualTo(stamp(wanted.get(i).createdAt()));
        }
    }

    @Test
    void importedAccountsCanNeverSignIn() {
        String email = unique("sim") + "@simulated.invalid";
        historicalAccounts.createAll(List.of(new HistoricalAccount(email, "Simulated customer", SIGNED_UP)));

        for (String password : new String[] {"", "null", "correct-horse-battery"}) {
            expectProblem(api.post().uri("/api/v1/auth/login")
                    .body(Map.of("email", email, "password", password)).exchange(), 401);
        }
    }

    @Test
    void createsThousandsInBatches() {
        String run = unique("sim");
        List<HistoricalAccount> many = java.util.stream.IntStream.range(0, 4_500)
                .mapToObj(n -> new HistoricalAccount(run + "-" + n + "@simulated.invalid", "Simulated " + n, SIGNED_UP))
                .toList();

        List<Long> ids = historicalAccounts.createAll(many);

        assertThat(ids).hasSize(4_500).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT email FROM users WHERE id = :id").param("id", ids.get(4_321))
                .query(String.class).single()).isEqualTo(run + "-4321@simulated.invalid");
    }

    /** How a DATETIME column of this instant reads back in a row map. */
    private static Timestamp stamp(Instant instant) {
        return Timestamp.valueOf(SqlTime.utc(instant));
    }
}
