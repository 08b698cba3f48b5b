package io.aisle.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.aisle.DrillHome;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drill of the outbox promise with a real crash: the shop runs in a child JVM (its own home and embedded
 * database), writes a mail while the SMTP server is down, and is killed with SIGKILL, like {@code kill -9}. After a
 * restart the mail arrives exactly once, and a mail sent before the crash is not sent again.
 */
class MailCrashTests {

    private static final String ADMIN_PASSWORD = "crash-drill-admin-password";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int smtpPort = TestSmtp.freePort();

    @Test
    void aMailWrittenBeforeAKillIsSentOnceAfterTheRestartAndASentOneIsNotSentAgain() throws Exception {
        Path home = Path.of("target", "mail-crash-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Files.createDirectories(home);
        String sentBefore = "sent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String waiting = "waiting-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        GreenMail before = TestSmtp.start(smtpPort);
        GreenMail after = null;
        Process shop = start(home);
        try {
            int port = awaitReady(home);
            register(port, sentBefore);
            await().atMost(Duration.ofSeconds(30)).until(() -> received(before, sentBefore) == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(mailTo(port, sentBefore).path("status").asString()));
            before.stop();

            register(port, waiting);
            await().atMost(Duration.ofSeconds(30)).until(() -> !mailTo(port, waiting).path("lastError").isMissingNode());
            shop.destroyForcibly();
            assertThat(shop.waitFor(20, TimeUnit.SECONDS)).isTrue();

            after = TestSmtp.start(smtpPort);
            GreenMail restarted = after;
            shop = start(home);
            awaitReady(home);
            await().atMost(Duration.ofSeconds(60)).until(() -> received(restarted, waiting) == 1);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> received(restarted, waiting) == 1 && received(restarted, sentBefore) == 0);
            shop.destroyForcibly();
            shop.waitFor(20, TimeUnit.SECONDS);
            // its database alone is half a gigabyte: kept only when the drill fails, to read shop.log
            DrillHome.delete(home);
        } finally {
            shop.destroyForcibly();
            shop.waitFor(20, TimeUnit.SECONDS);
            before.stop();
            if (after != null) {
                after.stop();
            }
        }
    }

    /** The shop as {@code java -jar} runs it, on the test's class path, with its port in the output. */
    private Process start(Path home) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the quick compiler only: these shops live seconds, and it halves the CPU of their starts
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.aisle.AisleApplication",
                "--aisle.home=" + home, "--server.port=0", "--management.server.port=0",
                "--aisle.security.admin-email=admin@crash.test", "--aisle.security.admin-password=" + ADMIN_PASSWORD,
                "--aisle.insights.demo-customers=0", "--aisle.insights.rescore-cron=-",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--aisle.mail.retry-delay=500ms", "--aisle.mail.max-retry-delay=1s", "--aisle.mail.max-attempts=1000",
                "--aisle.mail.poll-interval=500ms", "--aisle.mail.lease=2s"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("shop.log").toFile());
        builder.environment().put("AISLE_HOME", home.toString());
        builder.environment().remove("AISLE_SMTP_HOST");
        return builder.start();
    }

    /** The shop's port, once it answers {@code /readyz}. */
    private int awaitReady(Path home) {
        Path log = home.resolve("shop.log");
        int port = await().atMost(Duration.ofMinutes(3)).until(() -> tomcatPort(log), found -> found > 0);
        await().atMost(Duration.ofMinutes(1)).until(() -> get(port, "/readyz", null).statusCode() == 200);
        return port;
    }

    private static int tomcatPort(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        // the shop's port is the first Tomcat start; the operations port starts second
        return Files.readAllLines(log).stream().filter(line -> line.contains("Tomcat started on port "))
                .map(line -> line.replaceAll(".*Tomcat started on port (\\d+).*", "$1"))
                .mapToInt(Integer::parseInt).findFirst().orElse(0);
    }

    private void register(int port, String email) throws Exception {
        HttpResponse<String> answer = post(port, "/api/v1/auth/register", null,
                "{\"email\":\"" + email + "\",\"password\":\"correct-horse-battery\",\"fullName\":\"Crash Test\"}");
        assertThat(answer.statusCode()).isEqualTo(201);
    }

    /** The outbox row for this recipient's welcome, as the admin API shows it. */
    private JsonNode mailTo(int port, String email) throws Exception {
        String token = json.readTree(post(port, "/api/v1/auth/login", null,
                "{\"email\":\"admin@crash.test\",\"password\":\"" + ADMIN_PASSWORD + "\"}").body())
                .get("accessToken").asString();
        JsonNode page = json.readTree(get(port, "/api/v1/admin/mail?size=100", token).body());
        for (JsonNode mail : page.get("content")) {
            if (mail.get("recipient").asString().equals(email)
                    && mail.path("subject").asString().startsWith("Welcome")) {
                return mail;
            }
        }
        return json.createObjectNode();
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }


    /** The welcome mails this address received (a sign-up also writes the e-mail verification mail). */
    private static long received(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> to(message).equalsIgnoreCase(address) && subject(message).startsWith("Welcome"))
                .count();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
