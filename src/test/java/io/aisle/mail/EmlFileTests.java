package io.aisle.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ApiTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** With no SMTP server configured (the shared test context), mails become .eml files under $AISLE_HOME/mail. */
class EmlFileTests extends ApiTest {

    @Value("${aisle.home}")
    private Path home;

    @Test
    void withoutSmtpEachMailIsWrittenAsAnEmlFileThatAMailClientReads() throws Exception {
        Customer customer = newCustomer();
        long id = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = :to AND template = 'welcome'")
                .param("to", customer.email()).query(Long.class).single();
        Path file = home.resolve("mail").resolve(id + ".eml");

        await().until(() -> Files.exists(file));

        MimeMessage mail;
        try (InputStream in = Files.newInputStream(file)) {
            mail = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(customer.email());
        assertThat(mail.getSubject()).isEqualTo("Welcome to Aisle, Test");
        assertThat(mail.getMessageID()).isEqualTo(jdbc.sql("SELECT message_id FROM mail_outbox WHERE id = :id")
                .param("id", id).query(String.class).single());
        MimeMultipart body = (MimeMultipart) mail.getContent();
        assertThat(body.getContentType()).startsWith("multipart/alternative");
        assertThat(body.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) body.getBodyPart(0).getContent()).contains("http://localhost:8080/account");
        assertThat(body.getBodyPart(1).isMimeType("text/html")).isTrue();
        await().until(() -> "SENT".equals(jdbc.sql("SELECT status FROM mail_outbox WHERE id = :id").param("id", id)
                .query(String.class).single()));
    }
}
