package io.aisle.platform.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.AisleApplication;
import io.aisle.ordering.OrderingApiTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A second instance of the whole shop on the tests' database (its own JVM objects, port and home, as another
 * process behind a load balancer would have), and a customer whose requests alternate between the two: the
 * storefront sign-in, the guest cart, the assistant widget's question and answer, the burst limit and live page
 * updates must not care which instance answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnyInstanceServesAnyRequestTests extends OrderingApiTest {

    private static final Pattern STREAM_ID = Pattern.compile("/assistant/stream/([0-9a-f-]{36})");
    private static final Pattern EVENT_ID = Pattern.compile("^id:(\\d+)$");

    @Autowired
    Environment environment;

    private ConfigurableApplicationContext other;
    private int a;
    private int b;

    @BeforeAll
    void startTheOtherInstance() {
        other = new SpringApplicationBuilder(AisleApplication.class).run(
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--aisle.home=" + Path.of("target", "other-instance").toAbsolutePath(),
                "--server.port=0",
                "--management.server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--aisle.security.admin-email=" + ADMIN_EMAIL,
                "--aisle.security.admin-password=" + ADMIN_PASSWORD,
                "--aisle.security.jwt-secret=test-secret-that-is-at-least-32-bytes-long!",
                "--aisle.assistant.messages-per-minute=30",
                "--aisle.insights.demo-customers=0",
                "--aisle.insights.retrain-cron=-",
                "--aisle.insights.rescore-cron=-");
        b = ((WebServerApplicationContext) other).getWebServer().getPort();
    }

    @AfterAll
    void stopTheOtherInstance() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void aGuestCartAndAStorefrontSignInFollowTheCustomerToTheOtherInstance() throws Exception {
        a = port;
        String name = unique("Roaming lamp");
        long product = newProduct(CATEGORY, "Testbrand", name, new BigDecimal("20.00"), 5);
        Customer customer = newCustomer();
        Browser browser = new Browser();

        assertThat(browser.post(a, "/cart/items", "/p/" + product, Map.of("productId", String.valueOf(product),
                "quantity", "2")).statusCode()).isEqualTo(302);
        assertThat(browser.get(b, "/cart").body()).as("the guest cart, on the other instance").contains(name);

        HttpResponse<String> signIn = browser.post(b, "/login", "/login",
                Map.of("username", customer.email(), "password", customer.password()));
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> account = browser.get(a, "/account");
        assertThat(account.statusCode()).as("signed in on the first instance too").isEqualTo(200);
        assertThat(account.body()).contains(customer.email());
        assertThat(browser.get(a, "/cart").body()).as("the guest cart moved into the account").contains(name);

        browser.post(a, "/logout", "/account", Map.of());
        assertThat(browser.get(b, "/account").statusCode()).as("signed out on both").isEqualTo(302);
    }

    @Test
    void aQuestionSentToOneInstanceIsAnsweredOnceByTheOther() throws Exception {
        a = port;
        Browser browser = new Browser();

        HttpResponse<String> turn = browser.post(a, "/assistant/messages", "/", Map.of("message", "a yoga mat"));
        Matcher stream = STREAM_ID.matcher(turn.body());
        assertThat(stream.find()).as("the widget's turn names its stream").isTrue();

        String answer = browser.get(b, "/assistant/stream/" + stream.group(1)).body();
        assertThat(answer).contains("event:chunk", "event:done").doesNotContain("already answered");
        assertThat(browser.get(a, "/assistant/stream/" + stream.group(1)).body()).contains("already answered");
    }

    @Test
    void theBurstLimitCountsTheMessagesSentToEveryInstanceTogether() {
        a = port;
        Customer customer = newCustomer();
        RestTestClient other = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + b).build();
        for (int i = 0; i < 30; i++) {
            (i % 2 == 0 ? api : other).post().uri("/api/v1/assistant/chat")
                    .header(HttpHeaders.AUTHORIZATION, customer.bearer()).body(Map.of("message", "hi " + i))
                    .exchange().expectStatus().isOk();
        }

        for (RestTestClient instance : List.of(api, other)) {
            expectProblem(instance.post().uri("/api/v1/assistant/chat").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                    .body(Map.of("message", "one more")).exchange(), 429).jsonPath("$.detail")
                    .value(String.class, detail -> assertThat(detail).contains("too fast"));
        }
    }

    @Test
    void anOrderPlacedOnOneInstanceReachesTheDashboardOnTheOtherAndAReconnectGetsWhatItMissed() throws Exception {
        a = port;
        long product = newProduct(CATEGORY, new BigDecimal("9.00"), 10);
        Browser admin = new Browser();
        admin.post(b, "/login", "/login", Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

        HttpResponse<Stream<String>> feed = admin.stream(b, "/admin/events/orders", null);
        List<String> lines = read(feed);
        long first = buy(newCustomer(), product, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> String.join("\n", lines).contains(">Order #" + first + "<"));
        String seen = lastEventId(lines);
        feed.body().close();

        long missed = buy(newCustomer(), product, 1);
        HttpResponse<Stream<String>> again = admin.stream(b, "/admin/events/orders", seen);
        List<String> resumed = read(again);
        await().atMost(Duration.ofSeconds(10)).until(() -> String.join("\n", resumed).contains(">Order #" + missed + "<"));
        assertThat(String.join("\n", resumed)).as("not what the page saw already").doesNotContain(">Order #" + first + "<");
        again.body().close();
    }

    /** Collects the stream's lines as they arrive, on a thread of its own. */
    private static List<String> read(HttpResponse<Stream<String>> stream) {
        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String lastEventId(List<String> lines) {
        return lines.stream().map(EVENT_ID::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .reduce((x, y) -> y).orElseThrow(() -> new AssertionError("events carry ids: " + lines));
    }
}
