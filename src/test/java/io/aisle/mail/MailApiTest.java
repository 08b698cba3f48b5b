package io.aisle.mail;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.aisle.assistant.llm.FakeOpenAiServer;
import io.aisle.ordering.OrderingApiTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application sending over SMTP to a real SMTP server in this JVM (GreenMail, on a fixed free port so
 * that a test can stop and restart it), with mail links on {@code https://shop.example}, fast retries, and the
 * assistant's LLM pointed at a local fake OpenAI server. One Spring context for all mail tests.
 */
public abstract class MailApiTest extends OrderingApiTest {

    static final String BASE_URL = "https://shop.example";
    static final String LLM_PARAGRAPH = "We picked this note just for you, from the fake LLM.";
    /** A customer with this in their name makes the fake LLM fail: the mail must fall back to the template. */
    static final String LLM_FAILS_FOR = "Fallback";
    private static final int SMTP_PORT = TestSmtp.freePort();
    private static volatile GreenMail smtp = TestSmtp.start(SMTP_PORT);
    static final FakeOpenAiServer LLM = startLlm();

    @Autowired
    protected TransactionTemplate transactions;

    @DynamicPropertySource
    static void mailSettings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        registry.add("aisle.mail.base-url", () -> BASE_URL + "/");
        registry.add("aisle.mail.from", () -> "Aisle Test <shop@shop.example>");
        registry.add("aisle.mail.retry-delay", () -> "500ms");
        registry.add("aisle.mail.max-retry-delay", () -> "1s");
        registry.add("aisle.mail.max-attempts", () -> "3");
        registry.add("aisle.mail.poll-interval", () -> "300ms");
        registry.add("aisle.assistant.provider", () -> "openai");
        registry.add("aisle.assistant.llm.base-url", LLM::baseUrl);
        registry.add("aisle.assistant.llm.max-retries", () -> "0");
    }


    private static FakeOpenAiServer startLlm() {
        JsonMapper json = JsonMapper.builder().build();
        try {
            AtomicReference<FakeOpenAiServer> self = new AtomicReference<>();
            self.set(new FakeOpenAiServer(json, 200, request -> llmAnswer(self.get(), request)));
            return self.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** The SMTP server goes away: sending fails until {@link #startSmtpAgain()}. */
    protected static void stopSmtp() {
        smtp.stop();
    }

    protected static void startSmtpAgain() {
        smtp = TestSmtp.start(SMTP_PORT);
    }

    /** The mails the SMTP server received for this address, oldest first. */
    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> sentTo(message, address)).toList();
    }

    /** Waits for the one mail to this address whose subject contains {@code subject}. */
    protected static MimeMessage awaitMail(String address, String subject) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).stream()
                .filter(message -> subject(message).contains(subject)).findFirst().orElse(null),
                found -> found != null);
    }

    protected static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of this type (plain or html) of a multipart/alternative mail; fails for any other shape. */
    protected static String part(MimeMessage message, String subtype) throws Exception {
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        if (!alternatives.getContentType().startsWith("multipart/alternative")) {
            throw new AssertionError("Not multipart/alternative: " + alternatives.getContentType());
        }
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            if (part.isMimeType("text/" + subtype)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("No text/" + subtype + " part");
    }

    /** The outbox rows for this recipient. */
    protected List<Map<String, Object>> outboxRowsTo(String address) {
        return jdbc.sql("SELECT id, dedupe_key, template, subject, status, attempts, last_error, model, body_html,"
                + " message_id FROM mail_outbox WHERE recipient = :to ORDER BY id").param("to", address)
                .query().listOfRows();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the fake LLM answers: a paragraph, or a broken connection for a customer named to make it fail. */
    static String llmAnswer(FakeOpenAiServer server, JsonNode request) {
        if (request.toString().contains(LLM_FAILS_FOR)) {
            throw new IllegalStateException("the fake LLM fails for this customer");
        }
        return server.text(LLM_PARAGRAPH);
    }
}
