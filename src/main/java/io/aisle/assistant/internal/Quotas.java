package io.aisle.assistant.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.assistant.Asker;
import io.aisle.assistant.AssistantProperties;
import io.aisle.assistant.QuotaExceededException;
import io.aisle.assistant.data.MessageRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The server's limits on the assistant: a guest's messages per guest session, a customer's per UTC day
 * (both counted from the stored messages, so every instance agrees), and a burst limit per customer or
 * guest address per minute ({@link BurstLimit}, counted in the database for all instances together).
 */
@Component
public class Quotas {

    private final MessageRepository messages;
    private final AssistantProperties properties;
    private final Clock clock;
    /** Messages admitted but not stored yet, per asker: parallel requests must not slip past the quota. */
    private final Cache<String, AtomicInteger> answering = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5)).maximumSize(100_000).build();

    private final BurstLimit bursts;

    Quotas(MessageRepository messages, AssistantProperties properties, BurstLimit bursts, Clock clock) {
        this.messages = messages;
        this.bursts = bursts;
        this.properties = properties;
        this.clock = clock;
    }

    /** Messages the asker may still send (today, or in this guest session). */
    public int remaining(Asker asker) {
        int used = asker.isGuest() ? messages.countGuestMessages(asker.guestKey())
                : messages.countCustomerMessagesSince(asker.userId(), startOfDay());
        return Math.max(0, limit(asker) - used);
    }

    /**
     * Refuses (429) when the asker has no messages left or sends too fast; else counts this message as
     * being answered until {@link #store} (the stored message then counts instead).
     */
    public void admit(Asker asker) {
        AtomicInteger pending = answering.get(quotaKey(asker), key -> new AtomicInteger());
        synchronized (pending) {
            admit(asker, remaining(asker) - pending.get());
            pending.incrementAndGet();
        }
    }

    /**
     * Stores an admitted message with {@code save} and stops counting it as being answered, in one step
     * under the asker's lock: a parallel {@link #admit} must never see it both stored and pending (and
     * refuse a message the quota allows). Stops counting it even when storing fails.
     */
    public <T> T store(Asker asker, Supplier<T> save) {
        AtomicInteger pending = answering.get(quotaKey(asker), key -> new AtomicInteger());
        synchronized (pending) {
            try {
                return save.get();
            } finally {
                pending.updateAndGet(n -> Math.max(0, n - 1));
            }
        }
    }

    /** The admitted message failed before it was stored: it no longer counts as being answered. */
    public void failed(Asker asker) {
        AtomicInteger pending = answering.getIfPresent(quotaKey(asker));
        if (pending != null) {
            pending.updateAndGet(n -> Math.max(0, n - 1));
        }
    }

    private void admit(Asker asker, int remaining) {
        if (remaining <= 0) {
            throw new QuotaExceededException(asker.isGuest()
                    ? "Guests can send " + limit(asker) + " messages to the assistant. Sign in or create an account "
                            + "to keep chatting."
                    : "You have used today's " + limit(asker) + " messages to the assistant. You can chat again "
                            + "tomorrow (UTC); the shop's search and pages work as always.",
                    asker.isGuest() ? 0 : secondsToMidnight());
        }
        if (!bursts.tryAcquire(asker.rateKey(), properties.messagesPerMinute())) {
            throw new QuotaExceededException("You are sending messages too fast: at most "
                    + properties.messagesPerMinute() + " a minute. Wait a moment and try again.",
                    (int) BurstLimit.WINDOW.toSeconds());
        }
    }

    private static String quotaKey(Asker asker) {
        return asker.isGuest() ? "guest:" + asker.guestKey() : "user:" + asker.userId();
    }

    private int limit(Asker asker) {
        return asker.isGuest() ? properties.guestMessages() : properties.dailyMessages();
    }

    private Instant startOfDay() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private int secondsToMidnight() {
        return (int) Duration.between(clock.instant(), startOfDay().plus(Duration.ofDays(1))).toSeconds();
    }
}
