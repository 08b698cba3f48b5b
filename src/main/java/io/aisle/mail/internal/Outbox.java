package io.aisle.mail.internal;

import io.aisle.mail.MailProperties;
import io.aisle.mail.data.OutboxRepository;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a mail into the outbox, in the caller's transaction: the row commits with the change that causes it or
 * not at all. After the commit it nudges the sender, so the mail leaves at once; the sender's poll picks up
 * anything a crash left behind.
 */
@Component
class Outbox {

    private final OutboxRepository outbox;
    private final OutboxSender sender;
    private final JsonMapper json;
    private final Clock clock;
    private final String messageIdDomain;

    Outbox(OutboxRepository outbox, OutboxSender sender, JsonMapper json, Clock clock, MailProperties properties) {
        this.outbox = outbox;
        this.sender = sender;
        this.json = json;
        this.clock = clock;
        String host = URI.create(properties.baseUrl()).getHost();
        this.messageIdDomain = host == null ? "aisle.local" : host;
    }

    /**
     * Writes the mail once per {@code key}: a second call with the same key changes nothing. Without an address
     * there is no one to write to, and that must not fail the change that caused the mail.
     */
    void write(MailKind kind, String key, String recipient, String subject, Map<String, ?> model) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        outbox.insertOnce(new OutboxRepository.NewMail(shortKey(key), kind.template(), recipient, oneLine(subject),
                json.writeValueAsString(model), messageId), clock.instant());
        sender.nudgeAfterCommit();
    }

    /**
     * A model from name, value pairs, leaving out the values that are null (an event's optional field must not fail
     * the transaction that publishes it).
     */
    static Map<String, Object> model(Object... namesAndValues) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                model.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return model;
    }

    /** A subject is one header line: a customer's name must not break it, nor overflow the column. */
    private static String oneLine(String subject) {
        String line = subject.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= 255 ? line : line.substring(0, 254) + "…";
    }

    /** A secret (a token) never goes into a key readable in the table: only its hash does. */
    static String hashed(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys fit the unique index (191 characters); a longer one is kept unique by its hash. */
    private static String shortKey(String key) {
        return key.length() <= 191 ? key : key.substring(0, 120) + ":" + hashed(key);
    }
}
