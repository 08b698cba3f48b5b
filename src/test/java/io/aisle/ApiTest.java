package io.aisle;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the API tests: the whole application on a random port, on the embedded MariaDB, driven over
 * real HTTP. Every test class shares this one Spring context, so keep the properties here. The
 * database outlives test runs: tests create their own rows (unique emails and SKUs) and never rely on
 * a fixed state.
 */
@AutoConfigureMockMvc
@Import({ApiStatusRecorder.class, StoredSessionCookies.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aisle.security.admin-email=" + ApiTest.ADMIN_EMAIL,
        "aisle.security.admin-password=" + ApiTest.ADMIN_PASSWORD,
        "aisle.security.jwt-secret=test-secret-that-is-at-least-32-bytes-long!",
        // tests load their own simulated customers and train when they need models
        "aisle.insights.demo-customers=0",
        "aisle.insights.retrain-cron=-",
        "aisle.insights.rescore-cron=-",
        // the embedding model loads when a test first searches, not in the background of every context
        "aisle.search.warm-up=false",
        // all guest tests share one address (localhost): room for them within the per-address burst limit
        "aisle.assistant.messages-per-minute=30",
        // a free port for the operations endpoints, as for the shop: several test JVMs may run at once
        "management.server.port=0"
})
public abstract class ApiTest {

    public static final String ADMIN_EMAIL = "admin@aisle.test";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    protected int port;

    /** The operations port (health, metrics), bound to the loopback address. */
    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected JdbcClient jdbc;

    protected RestTestClient api;

    /** For the web pages: MockMvc on the same application context. */
    @Autowired
    protected MockMvc mvc;

    @Autowired
    private UserDetailsService accounts;

    /** A signed-in customer of the test: who they are and their tokens. */
    public record Customer(long id, String email, String password, String accessToken, String refreshToken) {

        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    @BeforeEach
    protected void connect() {
        api = RestTestClient.bindToServer(new JdkClientHttpRequestFactory(HTTP))
                .baseUrl("http://localhost:" + port)
                .build();
    }

    /** A client of the operations port. */
    protected RestTestClient management() {
        return RestTestClient.bindToServer(new JdkClientHttpRequestFactory(HTTP))
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build();
    }

    /** Signs a MockMvc request in as this customer, with the same session principal a form sign-in makes. */
    protected RequestPostProcessor signedIn(Customer customer) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(customer.email()));
    }

    /** Signs a MockMvc request in as the configured admin. */
    protected RequestPostProcessor signedInAsAdmin() {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(ADMIN_EMAIL));
    }

    /** A unique string for emails, SKUs and names, so that tests never collide across runs. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + SEQUENCE.incrementAndGet();
    }

    /** Registers and signs in a new customer. */
    protected Customer newCustomer() {
        String email = unique("customer") + "@example.com";
        String password = "correct-horse-battery";
        Map<?, ?> user = api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", email, "password", password, "fullName", "Test Customer"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> tokens = login(email, password);
        return new Customer(((Number) user.get("id")).longValue(), email, password,
                (String) tokens.get("accessToken"), (String) tokens.get("refreshToken"));
    }

    protected Map<?, ?> login(String email, String password) {
        return api.post().uri("/api/v1/auth/login")
                .body(Map.of("email", email, "password", password))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** "Bearer ..." for the configured admin account. */
    protected String adminBearer() {
        return "Bearer " + login(ADMIN_EMAIL, ADMIN_PASSWORD).get("accessToken");
    }

    /** Creates a product through the admin API and returns its id. */
    protected long newProduct(String category, BigDecimal price, int stock) {
        return newProduct(category, "Testbrand", unique("Test product"), price, stock);
    }

    /** Creates a product with this brand and name through the admin API and returns its id. */
    protected long newProduct(String category, String brand, String name, BigDecimal price, int stock) {
        Map<?, ?> product = api.post().uri("/api/v1/products")
                .header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("sku", unique("SKU").toUpperCase(), "name", name, "brand", brand,
                        "category", category, "description", "A product made by a test.", "price", price,
                        "stock", stock))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) product.get("id")).longValue();
    }

    /** Posts the customer's review of the product with this rating, and expects it accepted. */
    protected void review(Customer customer, long productId, int rating) {
        api.post().uri("/api/v1/products/{id}/reviews", productId)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("rating", rating, "text", "Rated " + rating))
                .exchange()
                .expectStatus().isCreated();
    }

    /** Asserts an RFC 9457 problem answer with this status, a title and a detail; returns the body for more checks. */
    protected static RestTestClient.BodyContentSpec expectProblem(RestTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty();
    }
}
