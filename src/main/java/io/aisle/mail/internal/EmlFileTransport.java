package io.aisle.mail.internal;

import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * With no SMTP server configured, writes each mail as an RFC 822 {@code .eml} file ({@code <outbox id>.eml})
 * that any mail client opens. Written to a temporary file and moved into place, so a file is whole or absent, and a
 * second attempt of the same mail replaces the first file instead of adding one.
 */
class EmlFileTransport implements MailTransport {

    private final Path directory;

    EmlFileTransport(Path directory) {
        this.directory = directory;
    }

    @Override
    public void send(long outboxId, MimeMessage message) throws Exception {
        Files.createDirectories(directory);
        Path target = directory.resolve(outboxId + ".eml");
        Path partial = directory.resolve(outboxId + ".eml.part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String describe() {
        return ".eml files in " + directory.toAbsolutePath().normalize();
    }
}
