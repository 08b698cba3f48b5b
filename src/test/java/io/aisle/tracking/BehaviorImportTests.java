package io.aisle.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BehaviorImportTests extends ApiTest {

    private static final Instant START = Instant.parse("2025-05-06T07:08:09.123456Z");

    @Autowired
    BehaviorImport behaviorImport;

    @Test
    void writesEveryEventWithItsOwnTimestampBeforeReturning() {
        long userId = newCustomer().id();
        List<BehaviorEvent> events = IntStream.range(0, 12_001)
                .mapToObj(n -> new BehaviorEvent(n % 2 == 0 ? EventType.PRODUCT_VIEW : EventType.SEARCH, userId, null,
                        null, null, START.plusSeconds(n)))
                .toList();

        behaviorImport.importAll(events);

        List<LocalDateTime> stored = jdbc.sql("""
                SELECT occurred_at FROM behavior_events WHERE user_id = :id AND occurred_at < '2026-01-01'
                ORDER BY occurred_at
                """).param("id", userId).query(LocalDateTime.class).list();
        assertThat(stored).hasSize(12_001);
        assertThat(stored.get(0)).isEqualTo(SqlTime.utc(START));
        assertThat(stored.get(12_000)).isEqualTo(SqlTime.utc(START.plusSeconds(12_000)));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM behavior_events WHERE user_id = :id AND event_type = 'SEARCH'
                """).param("id", userId).query(Integer.class).single()).isEqualTo(6_000);
    }
}
