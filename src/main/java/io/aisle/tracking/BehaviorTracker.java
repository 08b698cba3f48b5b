package io.aisle.tracking;

import io.aisle.tracking.data.BehaviorEventRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Records behaviour events without slowing requests: {@link #record} only puts the event on a bounded
 * in-memory queue, and one background thread writes batches. On a normal shutdown the queue is written
 * out after the web server has stopped taking requests and before the database pool closes (this
 * lifecycle's phase sits below the web server's), so no queued event is lost. If the queue is full
 * (the database is down for long), new events are dropped and counted in {@code aisle.tracking.dropped}.
 */
@Service
public class BehaviorTracker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BehaviorTracker.class);
    static final int CAPACITY = 100_000;
    private static final int BATCH = 500;
    private static final int WRITE_ATTEMPTS = 3;

    private final BehaviorEventRepository repository;
    private final LinkedBlockingQueue<BehaviorEvent> queue = new LinkedBlockingQueue<>(CAPACITY);
    /** Recorded but not yet written (or dropped): what {@link #flush()} waits for. */
    private final AtomicInteger pending = new AtomicInteger();
    private final ReentrantLock writing = new ReentrantLock();
    /** Accounts deleted recently: their queued events are never written. */
    private final Map<Long, Long> forgotten = new ConcurrentHashMap<>();
    private final Counter written;
    private final Counter dropped;
    private volatile boolean running;
    private Thread writer;

    BehaviorTracker(BehaviorEventRepository repository, MeterRegistry meters) {
        this.repository = repository;
        this.written = meters.counter("aisle.tracking.written");
        this.dropped = meters.counter("aisle.tracking.dropped");
        meters.gauge("aisle.tracking.queued", queue, LinkedBlockingQueue::size);
    }

    /** Queues the event for writing; never blocks. */
    public void record(BehaviorEvent event) {
        if (forgotten.containsKey(event.userId())) {
            return;
        }
        pending.incrementAndGet();
        if (!queue.offer(event)) {
            pending.decrementAndGet();
            dropped.increment();
        }
    }

    /** Deletes the customer's events and makes sure none still queued get written (account deletion). */
    public void forget(long userId) {
        forgotten.put(userId, System.nanoTime());
        repository.deleteByUser(userId);
    }

    /** Writes everything recorded so far before returning (shutdown, and tests that read the table). */
    public void flush() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            writeQueued();
            if (pending.get() > 0) {
                LockSupport.parkNanos(1_000_000);
            }
        } while (pending.get() > 0 && System.nanoTime() < deadline);
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::writeLoop, "aisle-behavior-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void stop() {
        // no interrupt: it could land in the middle of a JDBC write; the loop polls with a timeout
        running = false;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops at DEFAULT_PHASE - 1024 and - 2048), before beans are destroyed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void writeLoop() {
        while (running) {
            try {
                BehaviorEvent first = queue.poll(250, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<BehaviorEvent> batch = new ArrayList<>(BATCH);
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeQueued() {
        List<BehaviorEvent> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void write(List<BehaviorEvent> batch) {
        List<BehaviorEvent> kept = batch.stream().filter(e -> !forgotten.containsKey(e.userId())).toList();
        writing.lock();
        try {
            for (int attempt = 1; attempt <= WRITE_ATTEMPTS && !kept.isEmpty(); attempt++) {
                try {
                    repository.insertAll(kept);
                    written.increment(kept.size());
                    return;
                } catch (DataAccessException e) {
                    if (attempt == WRITE_ATTEMPTS) {
                        log.warn("Dropped {} behaviour events after {} failed writes", kept.size(), attempt, e);
                        dropped.increment(kept.size());
                    } else {
                        LockSupport.parkNanos(Duration.ofMillis(200L * attempt).toNanos());
                    }
                }
            }
        } finally {
            writing.unlock();
            pending.addAndGet(-batch.size());
        }
    }
}
