package io.aisle.platform.live;

import java.time.Instant;

/**
 * One event for the pages listening to a topic. {@code id} is its row in {@code live_events} (what a reconnecting
 * browser names in {@code Last-Event-ID}), 0 for an event the database could not take (it reaches this instance's
 * pages only); {@code createdAt} is the database's time of writing it.
 */
public record LiveEvent(long id, String topic, String event, String data, Instant createdAt) {

    static LiveEvent unsaved(String topic, String event, String data) {
        return new LiveEvent(0, topic, event, data, null);
    }
}
