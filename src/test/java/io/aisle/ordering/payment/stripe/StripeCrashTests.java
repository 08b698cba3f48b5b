package io.aisle.ordering.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.aisle.DrillHome;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop killed with {@code kill -9} (SIGKILL) between a Stripe payment and its webhook, running in a child JVM on
 * its own {@code AISLE_HOME} and embedded database, with Stripe and SMTP as separate systems (the fake Stripe and a
 * GreenMail server in this JVM). See also {@code MailCrashTests} for a kill between a mail's commit and its sending.
 * <ul>
 * <li>between the charge and its webhook: the order is there, PENDING, after the crash; the customer pays at Stripe
 * while the shop is down; when the shop is back, Stripe's (repeated) webhook confirms it once;</li>
 * <li>between commit and send: mails committed to the outbox while the SMTP server is unreachable are sent after the
 * restart, each exactly once.</li>
 * </ul>
 */
class StripeCrashTests {

    private static final Path WORK = Path.of("target", "stripe-crash");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long START_TIMEOUT_SECONDS = 180;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> apps = new ArrayList<>();
    private FakeStripe stripe;
    private GreenMail smtp;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process app : apps) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        apps.clear();
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
        if (stripe != null) {
            stripe.close();
            stripe = null;
        }
    }

    @Test
    void aKilledShopLosesNoPaymentStateAndNoMailAndSendsNoMailTwice() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        int port = freePort();
        int smtpPort = freePort();
        String base = "http://127.0.0.1:" + port;
        stripe = new FakeStripe();
        stripe.sendWebhooksTo(base);
        stripe.webhooks.hold(true);

        // first life: no SMTP server listening, so committed mails cannot leave
        Process first = start(port, smtpPort, "first");
        String email = "crash-" + System.nanoTime() + "@example.com";
        post(base, "/api/v1/auth/register", null, Map.of("email", email, "password", "crash-test-password-1",
                "fullName", "Crash Tester"));
        String token = (String) post(base, "/api/v1/auth/login", null, Map.of("email", email,
                "password", "crash-test-password-1")).get("accessToken");
        long product = firstProductInStock(base);
        post(base, "/api/v1/cart/items", token, Map.of("productId", product, "quantity", 1));
        Map<?, ?> order = post(base, "/api/v1/orders", token, Map.of("shippingAddress", Map.of("fullName",
                "Crash Tester", "line1", "1 Main St", "city", "Springfield", "region", "IL", "postalCode", "62701",
                "country", "US")));
        long orderId = ((Number) order.get("id")).longValue();
        assertThat(order.get("status")).isEqualTo("PENDING");
        String secret = (String) get(base, "/api/v1/orders/" + orderId + "/payment", token).get("clientSecret");
        String intent = secret.substring(0, secret.indexOf("_secret_"));

        first.destroyForcibly().waitFor();
        apps.remove(first);

        // while the shop is down the customer pays at Stripe; its webhook cannot be delivered yet
        stripe.confirm(intent, FakeStripe.SUCCEEDS);
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();

        start(port, smtpPort, "second");
        Map<?, ?> afterCrash = get(base, "/api/v1/orders/" + orderId, token);
        assertThat(afterCrash.get("status")).as("the order and its payment state survive the crash")
                .isEqualTo("PENDING");
        // Stripe retries a webhook until it is acknowledged: twice here
        for (int delivery = 0; delivery < 2; delivery++) {
            for (FakeStripeWebhooks.Event event : stripe.webhooks.emitted) {
                assertThat(stripe.webhooks.deliver(event)).isEqualTo(200);
            }
        }

        Map<?, ?> paid = get(base, "/api/v1/orders/" + orderId, token);
        assertThat(paid.get("status")).isEqualTo("CONFIRMED");
        assertThat(paid.get("paymentStatus")).isEqualTo("PAID");
        await().atMost(Duration.ofSeconds(60)).until(() -> subjects(email).size() >= 3);
        // and nothing more arrives: every mail once
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> subjects(email).size() == 3);
        assertThat(subjects(email)).anyMatch(s -> s.contains("Welcome")).anyMatch(s -> s.contains("onfirm"))
                .contains("Your order #" + orderId + " is confirmed");
        // its database alone is half a gigabyte: kept only when the drill fails, to read the logs
        stopEverything();
        apps.clear();
        DrillHome.delete(WORK);
    }

    private List<String> subjects(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).map(StripeCrashTests::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Process start(int port, int smtpPort, String life) throws Exception {
        Path home = WORK.resolve("home").toAbsolutePath();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the quick compiler only: these shops live seconds, and it halves the CPU of their starts
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "io.aisle.AisleApplication",
                "--aisle.home=" + home, "--server.port=" + port,
                "--aisle.payments.provider=stripe",
                "--aisle.payments.stripe.secret-key=" + FakeStripe.SECRET_KEY,
                "--aisle.payments.stripe.publishable-key=" + FakeStripe.PUBLISHABLE_KEY,
                "--aisle.payments.stripe.webhook-secret=" + FakeStripe.WEBHOOK_SECRET,
                "--aisle.payments.stripe.api-base=" + stripe.apiBase(),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--aisle.mail.retry-delay=500ms", "--aisle.mail.max-retry-delay=1s", "--aisle.mail.max-attempts=1000",
                "--aisle.mail.poll-interval=500ms", "--aisle.mail.lease=2s",
                "--aisle.insights.demo-customers=0", "--aisle.insights.rescore-cron=-",
                "--management.server.port=0");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(life + ".log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AISLE_"));
        builder.environment().put("AISLE_HOME", home.toString());
        builder.environment().put("AISLE_ADMIN_PASSWORD", "crash-admin-password");
        Process app = builder.start();
        apps.add(app);
        String base = "http://127.0.0.1:" + port;
        await().atMost(Duration.ofSeconds(START_TIMEOUT_SECONDS)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(app.isAlive()).as("the shop is running; see " + WORK.resolve(life + ".log")).isTrue();
                    return status(base + "/readyz") == 200;
                });
        return app;
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private long firstProductInStock(String base) throws Exception {
        Map<?, ?> page = get(base, "/api/v1/products?inStock=true&category=electronics&size=1", null);
        return ((Number) ((Map<?, ?>) ((List<?>) page.get("content")).get(0)).get("id")).longValue();
    }

    private Map<?, ?> get(String base, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return read(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), 200);
    }

    private Map<?, ?> post(String base, String path, String token, Map<String, ?> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isBetween(200, 201);
        return answer.body().isBlank() ? Map.of() : JSON.readValue(answer.body(), Map.class);
    }

    private static Map<?, ?> read(HttpResponse<String> answer, int expected) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
        return JSON.readValue(answer.body(), Map.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
