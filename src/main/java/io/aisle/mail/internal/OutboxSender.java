package io.aisle.mail.internal;

import io.aisle.mail.MailBody;
import io.aisle.mail.MailProperties;
import io.aisle.mail.MailStatus;
import io.aisle.mail.data.OutboxRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the outbox's due mails: claims each with a lease (one sender per mail, on any number of instances),
 * renders, hands it to the transport and records the outcome; a failure is retried with a doubling delay, and a
 * sender that dies holding a claim loses it when the lease runs out.
 *
 * <p>At-least-once at one point: when the SMTP server accepted a mail and the process dies before the row is marked
 * sent, the mail goes again after the lease. It carries the same Message-ID both times, so mail clients can drop
 * the copy. {@code .eml} files are exactly-once: the second attempt overwrites the first file.
 */
@Component
public class OutboxSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final MailComposer composer;
    private final MailTransport transport;
    private final MailProperties properties;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();

    OutboxSender(OutboxRepository outbox, MailComposer composer, MailTransport transport, MailProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.composer = composer;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks for a round of sending soon, off the caller's thread; nudges during a round make one more round. */
    void nudge() {
        if (nudged.compareAndSet(false, true)) {
            worker.execute(() -> {
                nudged.set(false);
                sendDueSafely();
            });
        }
    }

    /**
     * Nudges once the caller's transaction commits (its rows are then visible to the sender), or at once when there
     * is none; a rollback nudges nothing.
     */
    public void nudgeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    nudge();
                }
            });
        } else {
            nudge();
        }
    }

    /** The poll: retries, and mails whose nudge a crash (or another instance's restart) swallowed. */
    @Scheduled(fixedDelayString = "${aisle.mail.poll-interval:30s}", initialDelayString = "${aisle.mail.poll-interval:30s}")
    void poll() {
        nudge();
    }

    private void sendDueSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // the database is away: the next poll tries again
            log.warn("Sending mail failed: {}", e.toString());
        }
    }

    /** Sends every mail due now that no other sender holds; answers how many this sender finished. */
    public int sendDue() {
        int finished = 0;
        List<Long> due;
        do {
            due = outbox.findDue(clock.instant(), properties.batchSize());
            int before = finished;
            for (long id : due) {
                finished += send(id) ? 1 : 0;
            }
            if (finished == before) {
                break;
            }
        } while (due.size() == properties.batchSize());
        return finished;
    }

    /** Claims and sends this mail if it is due and free; false when another sender has it or it is not due. */
    public boolean send(long id) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        if (!outbox.claim(id, token, now, now.plus(properties.lease()))) {
            return false;
        }
        OutboxRepository.ClaimedMail mail = outbox.findClaimed(id, token).orElse(null);
        if (mail == null) {
            return false; // erased since the claim, with the account it was for
        }
        try {
            // inside the try: a row whose template this version does not know fails like any other, never the round
            MailKind kind = MailKind.ofTemplate(mail.template());
            Optional<ComposedMail> composed = composer.compose(kind, mail.model(), false);
            if (composed.isEmpty()) {
                outbox.finish(id, token, MailStatus.SKIPPED, new MailBody(null, null, false), !kind.singleUse(),
                        clock.instant());
                return true;
            }
            transport.send(id, composed.get().toMessage(mail, properties.from()));
            outbox.finish(id, token, MailStatus.SENT, composed.get().body(), !kind.singleUse(), clock.instant());
            return true;
        } catch (Exception e) {
            boolean giveUp = mail.attempts() >= properties.maxAttempts();
            log.warn("Mail {} ({}) attempt {} failed{}: {}", id, mail.template(), mail.attempts(),
                    giveUp ? ", giving up" : "", e.toString());
            outbox.failAttempt(id, token, describe(e), giveUp, clock.instant().plus(properties.backoff(mail.attempts())));
            return true;
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (cause == e ? "" : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
