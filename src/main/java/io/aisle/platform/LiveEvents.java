package io.aisle.platform;

import io.aisle.platform.live.EventFanOut;
import io.aisle.platform.live.LiveEvent;
import io.aisle.platform.live.LiveEventLog;
import io.aisle.platform.live.Streams;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events to open pages, by topic ("order:42", "admin:orders", "stock"). Pages subscribe;
 * modules publish small HTML fragments or text that htmx swaps in. A comment every 20 s keeps idle
 * connections open through proxies and finds clients that left.
 *
 * <p>An event reaches the pages on every instance: it is written to the database ({@code live_events}) and each
 * instance reads the others' events a few times a second ({@code aisle.live.poll-interval}). Every event carries
 * its id, so a page that lost its connection (to this instance, or to one that stopped) names the last event it saw
 * ({@code Last-Event-ID}) and gets what it missed, on whichever instance it reconnects to.
 */
@Service
public class LiveEvents implements SmartLifecycle {

    /** The header a reconnecting browser names the last event it saw in. */
    public static final String LAST_EVENT_ID = "Last-Event-ID";

    private final Streams streams = new Streams();
    private final EventFanOut fanOut;
    private final LiveEventLog log;
    private ScheduledExecutorService heartbeat;
    private volatile boolean running;

    LiveEvents(LiveEventLog log, PlatformTransactionManager transactions, InstanceId instance,
            @Value("${aisle.live.poll-interval}") Duration pollInterval) {
        this.log = log;
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fanOut = new EventFanOut(log, own, streams, instance.value(), pollInterval);
    }

    /** A new stream for the topic; it ends after 30 minutes and the browser reconnects by itself. */
    public SseEmitter subscribe(String topic) {
        return subscribe(topic, null);
    }

    /**
     * A new stream for the topic that first sends the events after {@code lastEventId} (the {@code Last-Event-ID}
     * header of a reconnecting browser; null or not a number: none), as far as they are still kept (10 minutes).
     */
    public SseEmitter subscribe(String topic, String lastEventId) {
        return streams.open(topic, missed(topic, lastEventId));
    }

    /** Sends the event to every page subscribed to the topic, on every instance, within moments. */
    public void publish(String topic, String event, String data) {
        fanOut.publish(topic, event, data);
    }

    /** How many pages listen to the topic on this instance (for tests). */
    public int subscribers(String topic) {
        return streams.count(topic);
    }

    /** Open streams of this instance, over every topic (the "live connections" gauge). */
    public int connections() {
        return streams.total();
    }

    private List<LiveEvent> missed(String topic, String lastEventId) {
        if (lastEventId == null || !lastEventId.strip().matches("\\d{1,18}")) {
            return List.of();
        }
        try {
            return log.after(topic, Long.parseLong(lastEventId.strip()));
        } catch (RuntimeException databaseAway) {
            return List.of();
        }
    }

    @Override
    public void start() {
        running = true;
        fanOut.start();
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "aisle-sse-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(streams::ping, 20, 20, TimeUnit.SECONDS);
    }

    /**
     * Ends every stream when shutdown begins, before the web server's graceful shutdown (a later phase),
     * which would otherwise wait its full timeout for these never-ending requests. Browsers reconnect to
     * another instance by themselves, and get what they missed there.
     */
    @Override
    public void stop() {
        running = false;
        heartbeat.shutdownNow();
        fanOut.stop();
        streams.closeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
