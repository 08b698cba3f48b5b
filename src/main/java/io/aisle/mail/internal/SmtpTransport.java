package io.aisle.mail.internal;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Hands mails to the configured SMTP server through Spring's {@link JavaMailSender}. */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String host;

    SmtpTransport(JavaMailSender sender, String host) {
        this.sender = sender;
        this.host = host;
    }

    @Override
    public void send(long outboxId, MimeMessage message) {
        sender.send(message);
    }

    @Override
    public String describe() {
        return "SMTP server " + host;
    }
}
