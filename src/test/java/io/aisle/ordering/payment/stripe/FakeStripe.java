package io.aisle.ordering.payment.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Stripe for tests: the HTTP API the shop calls (PaymentIntents, refunds), the Stripe.js the payment page
 * loads (a small fake of the part the page uses), and webhooks signed and sent to the shop. It CHECKS every request
 * as Stripe would refuse it: the secret key as bearer token, an Idempotency-Key on every POST, and the parameters of
 * each call ({@link FakeStripeApi}); a request that breaks a rule is answered 400 and listed in {@link #violations}.
 * Test cards: {@value #SUCCEEDS} pays, {@value #DECLINED} is declined, {@value #THREE_D_SECURE} asks for 3-D Secure
 * and pays once the customer completes it.
 */
public final class FakeStripe implements AutoCloseable {

    public static final String SECRET_KEY = "sk_test_fake51HxYzAbCdEfGhIjKlMnOpQrStUv";
    public static final String PUBLISHABLE_KEY = "pk_test_fake51HxYzAbCdEfGhIjKlMnOpQrStUv";
    public static final String WEBHOOK_SECRET = "whsec_fake0123456789abcdefghijklmnop";
    public static final String SUCCEEDS = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String THREE_D_SECURE = "4000002760003184";

    /** One request the fake received: method, path, its (form or query) parameters and headers that matter. */
    public record Request(String method, String path, Map<String, String> params, String idempotencyKey,
            String authorization) {
    }

    /** An error to answer instead of the real one, until {@link #recover()}. */
    record Failure(int status, String type, String code) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    final JsonMapper json = JsonMapper.builder().build();
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    public final List<String> violations = new CopyOnWriteArrayList<>();
    public final FakeStripeWebhooks webhooks = new FakeStripeWebhooks(WEBHOOK_SECRET, executor);
    final AtomicReference<Failure> failure = new AtomicReference<>();
    private final FakeStripeApi api = new FakeStripeApi(this);

    public FakeStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** As a day later: Stripe no longer remembers the idempotency keys it was sent. */
    public void forgetIdempotencyKeys() {
        api.forgetIdempotencyKeys();
    }

    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jsUrl() {
        return apiBase() + "/v3/";
    }

    /** Sends the webhooks to the shop at this base URL. */
    public void sendWebhooksTo(String shopBase) {
        webhooks.target(shopBase + StripeWebhookController.PATH);
    }

    /** Answers every API request with this error (e.g. 500 api_error, 402 card_error) until {@link #recover()}. */
    public void fail(int status, String type, String code) {
        failure.set(new Failure(status, type, code));
    }

    public void recover() {
        failure.set(null);
    }

    /** The customer confirms the PaymentIntent with this test card, as Stripe.js would (publishable key). */
    public String confirm(String intentId, String card) {
        return api.customer().confirm(intentId, card);
    }

    /** The customer completes 3-D Secure for the PaymentIntent. */
    public String completeThreeDSecure(String intentId) {
        return api.customer().completeThreeDSecure(intentId);
    }

    /** The PaymentIntent's status as the fake has it now. */
    public String status(String intentId) {
        return api.intent(intentId).status;
    }

    /** When Stripe says the PaymentIntent was created: whole seconds, as Stripe dates everything. */
    public long created(String intentId) {
        return api.intent(intentId).created;
    }

    /** The requests to this path (method and path, e.g. {@code POST /v1/payment_intents}). */
    public List<Request> requestsTo(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(method) && path.equals("/v3/")) {
                answer(exchange, 200, "application/javascript", stripeJs());
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> params = form("GET".equals(method) ? exchange.getRequestURI().getRawQuery() : body);
            Request request = new Request(method, path, params,
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            requests.add(request);
            FakeStripeApi.Answer answer = api.answer(request, body);
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.getResponseHeaders().add("Request-Id", "req_fake_" + requests.size());
            // a refused request is final: the client must not retry it on its own
            exchange.getResponseHeaders().add("Stripe-Should-Retry", "false");
            answer(exchange, answer.status(), "application/json", answer.body());
        } catch (RuntimeException e) {
            violations.add("fake failed: " + e);
            throw e;
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            params.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String stripeJs() throws IOException {
        try (InputStream in = FakeStripe.class.getResourceAsStream("/fake-stripe/stripe.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
