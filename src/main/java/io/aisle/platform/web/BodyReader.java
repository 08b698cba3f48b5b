package io.aisle.platform.web;

import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Reads a request body in full, or fails for a reason {@link RequestBodyFilter} can answer. A thread that
 * waits for a body's next bytes is a thread nobody else gets; so only a bounded number of threads may wait
 * at once (a read that finds bytes already received does not count), and a whole body must arrive within a
 * deadline. A client that trickles bodies (the "slow POST" attack) thus holds at most that many threads,
 * each for at most the deadline, however many connections it opens; bodies that arrive with their headers
 * never wait and never count, so sign-ins and checkouts go on during such an attack.
 */
final class BodyReader {

    /**
     * How long a read may look for bytes without counting as waiting. A client's body leaves right behind
     * its headers and arrives within moments of them; a trickled one does not. Short, since every connection
     * an attacker opens costs a thread this long: 5 ms means 40,000 connections a second to hold 200 threads.
     */
    private static final long GRACE_NANOS = Duration.ofMillis(5).toNanos();
    private static final long POLL_NANOS = Duration.ofMillis(1).toNanos() / 2;

    private final Semaphore waiting;
    private final long deadlineNanos;

    BodyReader(int waitingThreads, Duration deadline) {
        this.waiting = new Semaphore(waitingThreads);
        this.deadlineNanos = deadline.toNanos();
    }

    /**
     * The body's bytes: {@code declared} of them (the Content-Length), or up to the end of a chunked body
     * when {@code declared} is negative. {@code arrived} says, without waiting, whether more bytes have
     * reached the connection (null when there is no way to tell).
     */
    byte[] read(ServletInputStream in, BooleanSupplier arrived, long declared, long maxBytes) throws IOException {
        long start = System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[8192];
        while (declared < 0 || body.size() < declared) {
            if (System.nanoTime() - start > deadlineNanos) {
                throw new Refusal(Refusal.Reason.TOO_SLOW);
            }
            int n = canRead(in, arrived) ? in.read(buffer) : readWaiting(in, buffer);
            if (n < 0) {
                break;
            }
            body.write(buffer, 0, n);
            if (body.size() > maxBytes) {
                throw new Refusal(Refusal.Reason.TOO_LARGE);
            }
        }
        return body.toByteArray();
    }

    /** Whether bytes are there to read now, or arrive within the grace period. */
    private static boolean canRead(ServletInputStream in, BooleanSupplier arrived) throws IOException {
        if (in.available() > 0) {
            return true;
        }
        if (arrived == null) {
            return false;
        }
        long end = System.nanoTime() + GRACE_NANOS;
        while (!arrived.getAsBoolean()) {
            if (System.nanoTime() >= end) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    private int readWaiting(ServletInputStream in, byte[] buffer) throws IOException {
        if (!waiting.tryAcquire()) {
            throw new Refusal(Refusal.Reason.BUSY);
        }
        try {
            return in.read(buffer);
        } finally {
            waiting.release();
        }
    }

    /** Why a body was not read. Any other IOException: the client went away or stopped sending. */
    static final class Refusal extends IOException {

        enum Reason { TOO_LARGE, TOO_SLOW, BUSY }

        final Reason reason;

        Refusal(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }
    }
}
