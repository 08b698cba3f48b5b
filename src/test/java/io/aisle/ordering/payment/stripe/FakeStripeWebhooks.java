package io.aisle.ordering.payment.stripe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fake Stripe's webhook sender: signs each event as Stripe does ({@code Stripe-Signature: t=<time>,v1=<HMAC-SHA256
 * of "t.payload" with the endpoint's secret>}) and POSTs it to the shop, in the background like Stripe (so a confirm
 * answers before its webhook is handled), or held back for a test to deliver in the order it wants.
 */
public final class FakeStripeWebhooks {

    /** An event the fake emitted. */
    public record Event(String id, String type, String intentId, String payload) {
    }

    /** One delivery of an event and the shop's answer. */
    public record Delivery(String eventId, String type, int status, String answer) {
    }

    private final String secret;
    private final ExecutorService executor;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final List<Event> emitted = new CopyOnWriteArrayList<>();
    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile String target;
    private volatile boolean holding;

    FakeStripeWebhooks(String secret, ExecutorService executor) {
        this.secret = secret;
        this.executor = executor;
    }

    void target(String url) {
        target = url;
    }

    /** Holds back new events (true) so that a test delivers them itself, in any order; false sends them again. */
    public void hold(boolean hold) {
        holding = hold;
    }

    void emit(Event event) {
        emitted.add(event);
        if (!holding && target != null) {
            executor.execute(() -> deliver(event));
        }
    }

    /** Delivers the event now, signed correctly, and answers the shop's HTTP status. */
    public int deliver(Event event) {
        return deliver(event, signature(event.payload(), secret, Instant.now().getEpochSecond()));
    }

    /** Delivers the event with this Stripe-Signature header (null: none). */
    public int deliver(Event event, String signature) {
        return send(event.id(), event.type(), event.payload(), signature);
    }

    /** Sends any body with this signature header, as an attacker or a misconfigured endpoint would. */
    public int send(String eventId, String type, String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            deliveries.add(new Delivery(eventId, type, answer.statusCode(), answer.body()));
            return answer.statusCode();
        } catch (java.io.IOException e) {
            deliveries.add(new Delivery(eventId, type, -1, e.toString()));
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Stripe's signature header for this payload, made with {@code secret} at {@code timestamp}. */
    public static String signature(String payload, String secret, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
