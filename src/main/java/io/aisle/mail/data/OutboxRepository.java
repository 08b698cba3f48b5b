package io.aisle.mail.data;

import io.aisle.mail.MailBody;
import io.aisle.mail.MailStatus;
import io.aisle.mail.OutboxMail;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox rows: written by the listeners, claimed and finished by the senders, listed for the admin. */
@Repository
public class OutboxRepository {

    private static final String SELECT = """
            SELECT id, template, recipient, subject, status, attempts, last_error, message_id, created_at,
                   next_attempt_at, sent_at
            FROM mail_outbox
            """;
    private static final String DUE = "status = 'PENDING' AND next_attempt_at <= :now"
            + " AND (lease_until IS NULL OR lease_until < :now)";

    /** A row to write: the mail to send once per {@code dedupeKey}. */
    public record NewMail(String dedupeKey, String template, String recipient, String subject, String model,
            String messageId) {
    }

    /** A claimed row, with what the sender needs. */
    public record ClaimedMail(long id, String template, String recipient, String subject, String model,
            String messageId, int attempts) {
    }

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the mail unless one with its key exists (then nothing changes: an event heard twice is one mail). */
    public void insertOnce(NewMail mail, Instant now) {
        jdbc.sql("""
                INSERT INTO mail_outbox (dedupe_key, template, recipient, subject, model, message_id, next_attempt_at,
                                         created_at)
                VALUES (:key, :template, :recipient, :subject, :model, :messageId, :now, :now)
                ON DUPLICATE KEY UPDATE id = id
                """)
                .param("key", mail.dedupeKey())
                .param("template", mail.template())
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("model", mail.model())
                .param("messageId", mail.messageId())
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** The ids of mails due now and claimed by no living sender, oldest first. */
    public List<Long> findDue(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", SqlTime.utc(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Claims a due mail for one sender until {@code leaseUntil}: the guard in the WHERE clause lets exactly one of
     * several racing senders (threads or instances) through. Counts the attempt.
     */
    public boolean claim(long id, String token, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE mail_outbox SET claim_token = :token, lease_until = :leaseUntil,"
                        + " attempts = attempts + 1 WHERE id = :id AND " + DUE)
                .param("token", token)
                .param("leaseUntil", SqlTime.utc(leaseUntil))
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    public Optional<ClaimedMail> findClaimed(long id, String token) {
        return jdbc.sql("""
                SELECT id, template, recipient, subject, model, message_id, attempts
                FROM mail_outbox WHERE id = :id AND claim_token = :token
                """)
                .param("id", id)
                .param("token", token)
                .query((rs, row) -> new ClaimedMail(rs.getLong("id"), rs.getString("template"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("model"),
                        rs.getString("message_id"), rs.getInt("attempts")))
                .optional();
    }

    /**
     * Finishes a claimed mail as sent (or skipped) and keeps what was sent for the admin; a mail with a single-use
     * token keeps neither its model nor its body ({@code keepContent} false).
     */
    public void finish(long id, String token, MailStatus status, MailBody sent, boolean keepContent, Instant now) {
        jdbc.sql("""
                UPDATE mail_outbox SET status = :status, sent_at = :now, claim_token = NULL, lease_until = NULL,
                       last_error = NULL, body_html = :html, body_text = :text,
                       model = CASE WHEN :keep THEN model ELSE NULL END
                WHERE id = :id AND claim_token = :token
                """)
                .param("status", status.name())
                .param("now", SqlTime.utc(now))
                .param("html", keepContent ? sent.html() : null)
                .param("text", keepContent ? sent.text() : null)
                .param("keep", keepContent)
                .param("id", id)
                .param("token", token)
                .update();
    }

    /** Records a failed attempt: due again at {@code next}, or {@code FAILED} for good when {@code giveUp}. */
    public void failAttempt(long id, String token, String error, boolean giveUp, Instant next) {
        jdbc.sql("""
                UPDATE mail_outbox SET status = :status, next_attempt_at = :next, last_error = :error,
                       claim_token = NULL, lease_until = NULL
                WHERE id = :id AND claim_token = :token
                """)
                .param("status", giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name())
                .param("next", SqlTime.utc(next))
                .param("error", error)
                .param("id", id)
                .param("token", token)
                .update();
    }

    /** Makes a failed mail due again with a fresh count of attempts; false when it is not failed. */
    public boolean retry(long id, Instant now) {
        return jdbc.sql("""
                UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                WHERE id = :id AND status = 'FAILED'
                """)
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /** Erases every mail to this address, sent or not (an account deleted with its personal data). */
    public void deleteByRecipient(String recipient) {
        jdbc.sql("DELETE FROM mail_outbox WHERE recipient = :recipient").param("recipient", recipient).update();
    }

    public List<OutboxMail> findPage(PageQuery page) {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(OutboxRepository::map)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
    }

    public Optional<OutboxMail> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(OutboxRepository::map).optional();
    }

    /** What was sent ({@code html} null before sending) and the model to render it from meanwhile. */
    public record StoredContent(String template, String model, String html, String text) {
    }

    public Optional<StoredContent> findContent(long id) {
        return jdbc.sql("SELECT template, model, body_html, body_text FROM mail_outbox WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new StoredContent(rs.getString("template"), rs.getString("model"),
                        rs.getString("body_html"), rs.getString("body_text")))
                .optional();
    }

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getString("template"), rs.getString("recipient"),
                rs.getString("subject"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getString("message_id"), SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "next_attempt_at"), SqlTime.instant(rs, "sent_at"));
    }
}
