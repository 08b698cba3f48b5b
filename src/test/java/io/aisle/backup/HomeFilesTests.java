package io.aisle.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeFilesTests {

    @TempDir
    Path home;

    @TempDir
    Path backup;

    @Test
    void leavesOutFilesStillBeingWrittenAndTheDatabaseFiles() throws IOException {
        Files.createDirectories(home.resolve("mail"));
        Files.createDirectories(home.resolve("db/data"));
        Files.writeString(home.resolve("mail/1.eml"), "sent");
        Files.writeString(home.resolve("mail/2.eml.part"), "half a mail");
        Files.writeString(home.resolve("db/data/ibdata1"), "pages");

        List<FileEntry> entries = HomeFiles.copy(home, backup);

        assertThat(entries).extracting(FileEntry::path).containsExactly("home/mail/1.eml");
    }

    @Test
    void passesOverFilesThatGoAwayWhileTheHomeIsWalked() throws Exception {
        Path mail = Files.createDirectories(home.resolve("mail"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(mail.resolve("kept-" + i + ".eml"), "sent");
        }
        // a mail sender at work: each mail is written under a temporary name, renamed, and later removed
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            for (long n = 0; sending.get(); n++) {
                try {
                    Path part = Files.writeString(mail.resolve(n + ".eml.part"), "mail " + n);
                    Files.move(part, mail.resolve(n + ".eml"));
                    Files.deleteIfExists(mail.resolve((n - 5) + ".eml"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        sender.start();
        try {
            for (int round = 0; round < 40; round++) {
                List<FileEntry> entries = HomeFiles.copy(home, backup.resolve("round-" + round));
                assertThat(entries).extracting(FileEntry::path).contains("home/mail/kept-0.eml", "home/mail/kept-299.eml");
            }
        } finally {
            sending.set(false);
            sender.join();
        }
    }
}
