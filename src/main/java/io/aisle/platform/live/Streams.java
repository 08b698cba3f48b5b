package io.aisle.platform.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The event streams open on this instance, by topic. */
public final class Streams {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<String, Set<SseEmitter>> topics = new ConcurrentHashMap<>();

    /**
     * A new stream for the topic, which first gets the events it missed (after a reconnect); it ends after 30
     * minutes and the browser reconnects by itself, naming the last event it saw.
     */
    public SseEmitter open(String topic, List<LiveEvent> missed) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> subscribers = topics.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet());
        Runnable remove = () -> subscribers.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            // tells the browser the stream is open, and flushes the headers at once
            emitter.send(SseEmitter.event().comment("connected"));
            for (LiveEvent event : missed) {
                emitter.send(frame(event));
            }
        } catch (IOException | IllegalStateException e) {
            return emitter;
        }
        subscribers.add(emitter);
        return emitter;
    }

    /** Sends the event to every stream of its topic; streams whose page went away are dropped. */
    public void send(LiveEvent event) {
        Set<SseEmitter> subscribers = topics.get(event.topic());
        if (subscribers == null) {
            return;
        }
        for (SseEmitter emitter : subscribers) {
            try {
                emitter.send(frame(event));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
            }
        }
    }

    /** A comment on every stream: keeps idle connections open through proxies and finds pages that left. */
    public void ping() {
        topics.values().forEach(subscribers -> subscribers.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("ping"));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
            }
        }));
    }

    public int count(String topic) {
        Set<SseEmitter> subscribers = topics.get(topic);
        return subscribers == null ? 0 : subscribers.size();
    }

    public int total() {
        return topics.values().stream().mapToInt(Set::size).sum();
    }

    public void closeAll() {
        topics.values().forEach(subscribers -> subscribers.forEach(SseEmitter::complete));
        topics.clear();
    }

    private static SseEmitter.SseEventBuilder frame(LiveEvent event) {
        SseEmitter.SseEventBuilder frame = SseEmitter.event().name(event.event()).data(event.data());
        return event.id() == 0 ? frame : frame.id(Long.toString(event.id()));
    }
}
