package io.aisle.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.aisle.identity.PasswordResetRequested;
import io.aisle.mail.data.OutboxRepository;
import io.aisle.mail.internal.OutboxSender;
import io.aisle.identity.EmailVerificationRequested;
import io.aisle.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What the outbox promises: a mail only for committed work, one mail per event however often it is heard, a mail
 * that survives an SMTP outage and a crash, and one sender per mail however many race for it.
 */
class OutboxGuaranteeTests extends MailApiTest {

    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private OutboxRepository outbox;
    @Autowired
    private OutboxSender sender;

    @Test
    void workThatRollsBackWritesAndSendsNoMailWhileCommittedWorkDoes() {
        String rolledBack = unique("rolled-back") + "@example.com";
        String committed = unique("committed") + "@example.com";

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(verification(rolledBack));
            throw new IllegalStateException("the checkout fails after the event was published");
        })).isInstanceOf(IllegalStateException.class);
        transactions.executeWithoutResult(status -> events.publishEvent(verification(committed)));

        assertThat(outboxRowsTo(rolledBack)).isEmpty();
        assertThat(outboxRowsTo(committed)).hasSize(1);
        awaitMail(committed, "Confirm your e-mail address");
        assertThat(mailsTo(rolledBack)).isEmpty();
    }

    @Test
    void anEventHeardTwiceIsOneMailAndTheResetLinkIsGoneFromTheOutboxOnceSent() throws Exception {
        String email = unique("reset") + "@example.com";
        String token = UUID.randomUUID().toString();
        PasswordResetRequested requested = new PasswordResetRequested(42, email, "Ada Lovelace", token,
                Instant.parse("2030-01-01T10:00:00Z"));

        transactions.executeWithoutResult(status -> events.publishEvent(requested));
        transactions.executeWithoutResult(status -> events.publishEvent(requested));

        String text = part(awaitMail(email, "Reset your password"), "plain");
        assertThat(text).contains(BASE_URL + "/reset-password?token=" + token, "1 January 2030 at 10:00 UTC");
        await().until(() -> "SENT".equals(outboxRowsTo(email).get(0).get("status")));
        assertThat(outboxRowsTo(email)).singleElement().satisfies(row -> {
            assertThat(row.get("model")).isNull();
            assertThat(row.get("body_html")).isNull();
            assertThat((String) row.get("dedupe_key")).doesNotContain(token);
        });
        sender.sendDue();
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aMailWaitsOutAnSmtpOutageAndGoesWithItsMessageIdWhenTheServerIsBack() throws Exception {
        String email = unique("outage") + "@example.com";
        stopSmtp();
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(verification(email)));
            await().until(() -> outboxRowsTo(email).get(0).get("last_error") != null);
            assertThat(outboxRowsTo(email).get(0).get("status")).isEqualTo("PENDING");
        } finally {
            startSmtpAgain();
        }

        var mail = awaitMail(email, "Confirm your e-mail address");
        var row = outboxRowsTo(email).get(0);
        assertThat(mail.getMessageID()).isEqualTo(row.get("message_id"));
        await().until(() -> "SENT".equals(outboxRowsTo(email).get(0).get("status")));
        assertThat(((Number) outboxRowsTo(email).get(0).get("attempts")).intValue()).isGreaterThan(1);
    }

    @Test
    void aMailCommittedBeforeACrashIsSentByThePollAndOneClaimedByADeadSenderWhenItsLeaseEnds() {
        String orphan = unique("orphan") + "@example.com";
        String claimed = unique("claimed") + "@example.com";
        // rows as a crash leaves them: committed but never nudged, and claimed by a sender that died sending
        insertRow(orphan, null, null);
        insertRow(claimed, "dead-sender", Instant.now().plusSeconds(2));

        awaitMail(orphan, "Left behind");
        await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(2)).until(() -> mailsTo(claimed).isEmpty());
        awaitMail(claimed, "Left behind");
        assertThat(mailsTo(orphan)).hasSize(1);
    }

    @Test
    void twoSendersRacingForTheSameMailsSendEachOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String email = unique("race") + "@example.com";
            recipients.add(email);
            ids.add(insertRow(email, "holding", Instant.now().plusSeconds(60)));
        }
        // released at once for both senders (the poll and the nudges may join in: a third sender)
        jdbc.sql("UPDATE mail_outbox SET lease_until = NULL, claim_token = NULL WHERE id IN (:ids)")
                .param("ids", ids).update();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                runs.add(senders.submit(() -> {
                    start.await();
                    ids.forEach(sender::send);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            senders.shutdownNow();
        }

        await().until(() -> recipients.stream().allMatch(email -> "SENT".equals(outboxRowsTo(email).get(0).get("status"))));
        assertThat(recipients).allSatisfy(email -> assertThat(mailsTo(email)).hasSize(1));
    }

    private static EmailVerificationRequested verification(String email) {
        return new EmailVerificationRequested(42, email, "Ada Lovelace", UUID.randomUUID().toString(),
                Instant.parse("2030-01-01T10:00:00Z"));
    }

    private long insertRow(String recipient, String claim, Instant leaseUntil) {
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO mail_outbox (dedupe_key, template, recipient, subject, model, message_id, next_attempt_at,
                                         created_at, claim_token, lease_until)
                VALUES (:key, 'email-verification', :to, 'Left behind',
                        '{"name":"Ada","token":"t0ken","expiresAt":"2030-01-01T00:00:00Z"}', :messageId,
                        :now, :now, :claim, :lease)
                """)
                .param("key", "test:" + recipient).param("to", recipient)
                .param("messageId", "<" + UUID.randomUUID() + "@shop.example>")
                .param("now", SqlTime.utc(now)).param("claim", claim).param("lease", SqlTime.utc(leaseUntil))
                .update();
        return jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = :to").param("to", recipient)
                .query(Long.class).single();
    }
}
