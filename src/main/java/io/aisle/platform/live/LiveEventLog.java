package io.aisle.platform.live;

import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The events every instance published in the last minutes, read by the others and by reconnecting pages. */
@Repository
public class LiveEventLog {

    private static final String COLUMNS = "id, topic, event, data, created_at";

    private final JdbcClient jdbc;

    LiveEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes an event with the database's time (UTC); answers its id. */
    public long insert(String topic, String event, String data, String origin) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO live_events (topic, event, data, origin, created_at)
                VALUES (:topic, :event, :data, :origin, UTC_TIMESTAMP(6))
                """)
                .param("topic", topic)
                .param("event", event)
                .param("data", data)
                .param("origin", origin)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Instant now() {
        return jdbc.sql("SELECT UTC_TIMESTAMP(6) AS now").query((rs, n) -> SqlTime.instant(rs, "now")).single();
    }

    /** Other instances' events written after the time, oldest first. */
    public List<LiveEvent> since(Instant after, String exceptOrigin) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM live_events WHERE created_at > :after AND origin <> :origin ORDER BY created_at, id LIMIT 5000
                """)
                .param("after", SqlTime.utc(after))
                .param("origin", exceptOrigin)
                .query(LiveEventLog::event)
                .list();
    }

    /**
     * The topic's events from the one with the id on (it excluded), oldest first: what a page that saw that event
     * missed while it reconnected. By time rather than id: ids of rows written on several database nodes are not in
     * time order. Nothing when that event is no longer kept.
     */
    public List<LiveEvent> after(String topic, long id) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM live_events
                WHERE topic = :topic AND id <> :id
                  AND created_at >= (SELECT seen.created_at FROM live_events seen WHERE seen.id = :id)
                ORDER BY created_at, id LIMIT 1000
                """)
                .param("topic", topic)
                .param("id", id)
                .query(LiveEventLog::event)
                .list();
    }

    /** Deletes events older than the age by the database's clock, a batch at a time. */
    public int deleteOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM live_events WHERE created_at < UTC_TIMESTAMP(6) - INTERVAL :seconds SECOND LIMIT 5000")
                .param("seconds", age.toSeconds())
                .update();
    }

    private static LiveEvent event(ResultSet rs, int row) throws SQLException {
        return new LiveEvent(rs.getLong("id"), rs.getString("topic"), rs.getString("event"), rs.getString("data"),
                SqlTime.instant(rs, "created_at"));
    }
}
