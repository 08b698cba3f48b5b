package io.aisle.ordering.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment providers' events (webhooks) already handled, so that an event delivered twice is handled once. */
@Repository
public class ProviderEventRepository {

    private final JdbcClient jdbc;

    ProviderEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the event for the current transaction: false when it was handled before. While another transaction
     * holds the same event uncommitted, this waits for it (the primary key's lock), so two deliveries at once are
     * handled once.
     */
    public boolean claim(String provider, String eventId, String type, String reference, Instant now) {
        try {
            jdbc.sql("""
                    INSERT INTO payment_provider_events (provider, event_id, type, reference, received_at)
                    VALUES (:provider, :eventId, :type, :reference, :now)
                    """)
                    .param("provider", provider)
                    .param("eventId", eventId)
                    .param("type", type)
                    .param("reference", reference)
                    .param("now", SqlTime.utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException handledBefore) {
            return false;
        }
    }
}
