package io.aisle.assistant.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assistant's recent messages per rate key, for the burst limit every instance shares. */
@Repository
public class BurstRepository {

    private final JdbcClient jdbc;

    BurstRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the key's row (creating it), so that parallel messages under one key, on any instance, are counted one
     * after the other until the transaction ends. A real change (the time), so that Galera certifies it too.
     */
    public void lock(String rateKey, Instant now) {
        jdbc.sql("""
                INSERT INTO assistant_burst_keys (rate_key, touched_at) VALUES (:key, :now)
                ON DUPLICATE KEY UPDATE touched_at = :now
                """)
                .param("key", rateKey)
                .param("now", SqlTime.utc(now))
                .update();
    }

    public int countSince(String rateKey, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM assistant_burst_hits WHERE rate_key = :key AND hit_at > :since")
                .param("key", rateKey)
                .param("since", SqlTime.utc(since))
                .query(Integer.class)
                .single();
    }

    public void insert(String rateKey, Instant at) {
        jdbc.sql("INSERT INTO assistant_burst_hits (rate_key, hit_at) VALUES (:key, :at)")
                .param("key", rateKey)
                .param("at", SqlTime.utc(at))
                .update();
    }

    /** Forgets messages older than the window, a batch at a time (any instance may run it). */
    public int deleteHitsBefore(Instant before) {
        return jdbc.sql("DELETE FROM assistant_burst_hits WHERE hit_at < :before LIMIT 5000")
                .param("before", SqlTime.utc(before))
                .update();
    }

    public int deleteKeysBefore(Instant before) {
        return jdbc.sql("DELETE FROM assistant_burst_keys WHERE touched_at < :before LIMIT 5000")
                .param("before", SqlTime.utc(before))
                .update();
    }
}
