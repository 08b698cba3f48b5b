package io.aisle.mail.internal;

import io.aisle.mail.MailBody;
import io.aisle.mail.data.OutboxRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** A rendered mail: its HTML and plain-text bodies, made into a multipart/alternative message. */
record ComposedMail(String html, String text) {

    private static final Session SESSION = Session.getInstance(new Properties());

    MailBody body() {
        return new MailBody(html, text, false);
    }

    /** The message for this outbox row: its recipient, subject and Message-ID, the same on every attempt. */
    MimeMessage toMessage(OutboxRepository.ClaimedMail mail, String from) throws MessagingException {
        MimeMessage message = new StableIdMessage(mail.messageId());
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeMultipart alternatives = new MimeMultipart("alternative");
        // plainest first: a client shows the last part it understands
        alternatives.addBodyPart(part(text, "plain"));
        alternatives.addBodyPart(part(html, "html"));
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    /** Jakarta Mail makes a new Message-ID at every save; a retried mail must keep its first one. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
