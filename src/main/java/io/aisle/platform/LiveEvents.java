package io.aisle.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events to open pages, by topic ("order:42", "admin:orders", "stock"). Pages subscribe;
 * modules publish small HTML fragments or text that htmx swaps in. A comment every 20 s keeps idle
 * connections open through proxies and finds clients that left.
 *
 * <p>Subscribers live in this instance's memory: with several instances, an event reaches the pages
 * connected to the instance that published it (fan-out across instances is on the roadmap).
 */
@Service
public class LiveEvents implements SmartLifecycle {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<String, Set<SseEmitter>> topics = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "aisle-sse-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    LiveEvents() {
        heartbeat.scheduleAtFixedRate(this::ping, 20, 20, TimeUnit.SECONDS);
    }

    /** A new stream for the topic; it ends after 30 minutes and the browser reconnects by itself. */
    public SseEmitter subscribe(String topic) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> subscribers = topics.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet());
        subscribers.add(emitter);
        Runnable remove = () -> subscribers.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            // tells the browser the stream is open, and flushes the headers at once
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            remove.run();
        }
        return emitter;
    }

    /** Sends the event to every page subscribed to the topic; pages that went away are dropped. */
    public void publish(String topic, String event, String data) {
        Set<SseEmitter> subscribers = topics.get(topic);
        if (subscribers == null) {
            return;
        }
        for (SseEmitter emitter : subscribers) {
            try {
                emitter.send(SseEmitter.event().name(event).data(data));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
            }
        }
    }

    /** How many pages listen to the topic (for tests and metrics). */
    public int subscribers(String topic) {
        Set<SseEmitter> subscribers = topics.get(topic);
        return subscribers == null ? 0 : subscribers.size();
    }

    /** Open streams of this instance, over every topic (the "live connections" gauge). */
    public int connections() {
        return topics.values().stream().mapToInt(Set::size).sum();
    }

    private void ping() {
        topics.values().forEach(subscribers -> subscribers.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("ping"));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
            }
        }));
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream when shutdown begins, before the web server's graceful shutdown (a later phase),
     * which would otherwise wait its full timeout for these never-ending requests. Browsers reconnect to
     * another instance by themselves.
     */
    @Override
    public void stop() {
        running = false;
        heartbeat.shutdownNow();
        topics.values().forEach(subscribers -> subscribers.forEach(SseEmitter::complete));
        topics.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
