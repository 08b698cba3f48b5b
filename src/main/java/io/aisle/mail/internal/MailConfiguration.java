package io.aisle.mail.internal;

import io.aisle.mail.MailProperties;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Chooses where mails go: the SMTP server when {@code spring.mail.host} ({@code AISLE_SMTP_HOST}) is set, else
 * {@code .eml} files under {@code $AISLE_HOME/mail}. Boot makes its mail sender for an empty host too, so the
 * choice looks at the value, not at the bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
@EnableScheduling
class MailConfiguration {

    @Bean
    MailTransport mailTransport(@Value("${spring.mail.host:}") String host, ObjectProvider<JavaMailSender> senders,
            @Value("${aisle.home}") Path home) {
        JavaMailSender sender = senders.getIfAvailable();
        if (host.isBlank() || sender == null) {
            return new EmlFileTransport(home.resolve("mail"));
        }
        return new SmtpTransport(sender, host);
    }
}
