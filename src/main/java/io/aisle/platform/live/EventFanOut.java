package io.aisle.platform.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries events between instances through the database. Published events are written by one thread, a batch per
 * transaction, and then sent to this instance's streams with their ids; another thread reads what the other
 * instances wrote and sends it to this instance's streams.
 *
 * <p>Rows become visible in commit order, not in the order of their times, so each read goes back {@link #OVERLAP}
 * before the newest event seen and skips the ids it already sent. An event that waited longer than that between
 * getting its time and its commit would be missed by the other instances (never by this one).
 */
public final class EventFanOut {

    private static final Logger log = LoggerFactory.getLogger(EventFanOut.class);

    static final Duration OVERLAP = Duration.ofSeconds(5);
    /** How long events are kept for other instances and reconnecting pages. */
    static final Duration KEPT = Duration.ofMinutes(10);
    private static final int BATCH = 200;

    private final LiveEventLog events;
    private final TransactionTemplate transaction;
    private final Streams streams;
    private final String origin;
    private final Duration pollInterval;
    private final BlockingQueue<LiveEvent> outgoing = new LinkedBlockingQueue<>(100_000);
    private final Map<Long, Instant> sent = new LinkedHashMap<>();
    private volatile boolean running;
    /** The reader's position: the newest event time seen, and the time before which nothing is sent (see readOnce). */
    private Instant newestSeen;
    private Instant floor;
    private Instant lastCleanUp = Instant.EPOCH;
    private volatile Thread writer;
    private volatile Thread reader;

    public EventFanOut(LiveEventLog events, TransactionTemplate transaction, Streams streams, String origin,
            Duration pollInterval) {
        this.events = events;
        this.transaction = transaction;
        this.streams = streams;
        this.origin = origin;
        this.pollInterval = pollInterval;
    }

    /** Queues an event; it is written and sent within moments. A full queue (the database away for long) drops it. */
    public void publish(String topic, String event, String data) {
        if (!outgoing.offer(LiveEvent.unsaved(topic, event, data))) {
            log.warn("Live event for {} dropped: {} events wait for the database", topic, outgoing.size());
        }
    }

    public void start() {
        newestSeen = null;
        sent.clear();
        running = true;
        // each thread's loop runs while it is the current one, so the fields are set before the threads start: a
        // thread started first could see the field still empty and end at once (no events sent for the whole run)
        writer = daemon("aisle-live-writer", this::write);
        reader = daemon("aisle-live-reader", this::read);
        writer.start();
        reader.start();
    }

    /**
     * Stops both threads and writes and sends what is still queued. The writer is not interrupted (an interrupted
     * batch would never reach the other instances): it sees the stop within a second.
     */
    public void stop() {
        running = false;
        Thread stoppedWriter = writer;
        Thread stoppedReader = reader;
        writer = null;
        reader = null;
        if (stoppedReader != null) {
            stoppedReader.interrupt();
        }
        for (Thread thread : new Thread[] {stoppedWriter, stoppedReader}) {
            if (thread != null) {
                try {
                    thread.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        List<LiveEvent> rest = new ArrayList<>();
        outgoing.drainTo(rest);
        if (!rest.isEmpty()) {
            writeAndSend(rest);
        }
    }

    /** A daemon thread, not started yet. */
    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private void write() {
        List<LiveEvent> batch = new ArrayList<>(BATCH);
        // a thread of an earlier start that outlived its stop ends here, never working beside its successor
        while (running && Thread.currentThread() == writer) {
            try {
                LiveEvent first = outgoing.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                outgoing.drainTo(batch, BATCH - 1);
                writeAndSend(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void writeAndSend(List<LiveEvent> batch) {
        List<LiveEvent> written;
        try {
            written = transaction.execute(status -> batch.stream()
                    .map(e -> new LiveEvent(events.insert(e.topic(), e.event(), e.data(), origin), e.topic(), e.event(),
                            e.data(), null))
                    .toList());
        } catch (RuntimeException e) {
            // the database is away: this instance's pages still get the events (without ids to resume from)
            log.warn("Live events not written ({}); sent to this instance's pages only", e.toString());
            written = batch;
        }
        written.forEach(streams::send);
    }

    private void read() {
        while (running && Thread.currentThread() == reader) {
            try {
                Thread.sleep(pollInterval.toMillis());
                readOnce();
                cleanUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.debug("Live events of other instances not read: {}", e.toString());
            }
        }
    }

    /** Sends the other instances' new events to this instance's streams; none when no page listens here. */
    void readOnce() {
        if (streams.total() == 0) {
            // idle, the position follows the clock: a page that subscribes next gets every event from the last idle
            // read on (at worst one it already shows, written in the moment before it subscribed), never fewer
            newestSeen = events.now();
            floor = newestSeen;
            return;
        }
        if (newestSeen == null) {
            // pages that subscribe now get what happens from now on (and the events a reconnect names): the
            // look-back never reaches before this floor, which would send them what they already show
            newestSeen = events.now();
            floor = newestSeen;
            return;
        }
        Instant after = max(newestSeen.minus(OVERLAP), floor);
        long afterId = Long.MAX_VALUE;
        List<LiveEvent> page;
        do {
            page = events.page(after, afterId, origin);
            for (LiveEvent event : page) {
                if (sent.putIfAbsent(event.id(), event.createdAt()) == null) {
                    streams.send(event);
                }
                newestSeen = max(newestSeen, event.createdAt());
            }
            if (!page.isEmpty()) {
                // a full page moves on by position, so a burst bigger than a page in the look-back cannot stall
                LiveEvent last = page.get(page.size() - 1);
                after = last.createdAt();
                afterId = last.id();
            }
        } while (page.size() == LiveEventLog.PAGE && running);
        forgetSentBefore(newestSeen.minus(OVERLAP.multipliedBy(2)));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void forgetSentBefore(Instant before) {
        Iterator<Instant> times = sent.values().iterator();
        while (times.hasNext() && times.next().isBefore(before)) {
            times.remove();
        }
    }

    /** Once a minute, whether pages listen here or not: every instance deletes what is older than {@link #KEPT}. */
    private void cleanUp() {
        Instant now = Instant.now();
        if (now.isAfter(lastCleanUp.plus(Duration.ofMinutes(1)))) {
            lastCleanUp = now;
            while (events.deleteOlderThan(KEPT) == LiveEventLog.PAGE && running) {
                // a batch at a time, so no delete holds many locks for long
            }
        }
    }
}
