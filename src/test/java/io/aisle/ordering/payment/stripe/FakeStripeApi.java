package io.aisle.ordering.payment.stripe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake Stripe's API: checks each request like Stripe (and more strictly: every POST the shop sends must carry an
 * Idempotency-Key), keeps PaymentIntents and refunds in memory, answers the same idempotency key with the same
 * answer, and emits the webhooks Stripe would. Lists come in pages of at most {@value #PAGE} so that callers must
 * follow {@code has_more}.
 */
final class FakeStripeApi {

    static final int PAGE = 2;

    /** An HTTP answer. */
    record Answer(int status, String body) {
    }

    private record Replay(String body, Answer answer) {
    }

    private final FakeStripe fake;
    private final Map<String, FakeIntent> intents = new LinkedHashMap<>();
    private final Map<String, Replay> replays = new HashMap<>();
    final AtomicLong ids = new AtomicLong();
    private final FakeStripeJs customer = new FakeStripeJs(this);

    FakeStripeApi(FakeStripe fake) {
        this.fake = fake;
    }

    /** Stripe keeps idempotency keys for about a day: after that, a repeated key is a new request. */
    synchronized void forgetIdempotencyKeys() {
        replays.clear();
    }

    synchronized Answer answer(FakeStripe.Request request, String body) {
        String path = request.path();
        String[] parts = path.split("/");
        boolean fromStripeJs = path.endsWith("/confirm") || path.startsWith("/test/");
        if (fromStripeJs) {
            return customer.step(request, parts[3]);
        }
        if (!("Bearer " + FakeStripe.SECRET_KEY).equals(request.authorization())) {
            return refuse(401, "invalid_request_error", "api_key_invalid", "no or a wrong secret key on " + path);
        }
        if (fake.failure.get() != null) {
            FakeStripe.Failure failure = fake.failure.get();
            return error(failure.status(), failure.type(), failure.code(), "Injected failure.");
        }
        if ("POST".equals(request.method())) {
            if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()) {
                return refuse(400, "invalid_request_error", "idempotency_key_missing", "POST without key: " + path);
            }
            Replay replay = replays.get(request.idempotencyKey());
            if (replay != null) {
                return replay.body().equals(body) ? replay.answer() : refuse(400, "idempotency_error",
                        "idempotency_key_reused", "key " + request.idempotencyKey() + " reused with other parameters");
            }
            Answer answer = post(request, parts);
            if (answer.status() < 500) {
                replays.put(request.idempotencyKey(), new Replay(body, answer));
            }
            return answer;
        }
        if (path.equals("/v1/payment_intents")) {
            return list(request.params());
        }
        if (path.equals("/v1/refunds")) {
            FakeIntent intent = intents.get(request.params().getOrDefault("payment_intent", ""));
            ObjectNode page = fake.json.createObjectNode().put("object", "list").put("url", "/v1/refunds")
                    .put("has_more", false);
            var data = page.putArray("data");
            if (intent != null) {
                // newest first, like Stripe
                for (int i = intent.refunds.size() - 1; i >= 0; i--) {
                    data.add(intent.refunds.get(i));
                }
            }
            return ok(page);
        }
        if (parts.length == 4 && path.startsWith("/v1/payment_intents/")) {
            FakeIntent intent = intents.get(parts[3]);
            return intent == null ? missing(parts[3]) : ok(intent.json(fake.json, false));
        }
        return refuse(404, "invalid_request_error", "resource_missing", "unknown path " + path);
    }

    private Answer post(FakeStripe.Request request, String[] parts) {
        Map<String, String> params = request.params();
        if (request.path().equals("/v1/payment_intents")) {
            return create(params);
        }
        if (request.path().equals("/v1/refunds")) {
            return refund(params);
        }
        FakeIntent intent = parts.length == 5 ? intents.get(parts[3]) : null;
        if (intent == null) {
            return missing(request.path());
        }
        return switch (parts[4]) {
            case "capture" -> capture(intent, params);
            case "cancel" -> cancel(intent);
            default -> refuse(404, "invalid_request_error", "resource_missing", "unknown path " + request.path());
        };
    }

    private Answer create(Map<String, String> params) {
        List<String> wrong = new ArrayList<>();
        if (!params.getOrDefault("amount", "").matches("[1-9][0-9]*")) {
            wrong.add("amount " + params.get("amount"));
        }
        if (!params.getOrDefault("currency", "").matches("[a-z]{3}")) {
            wrong.add("currency " + params.get("currency"));
        }
        if (!List.of("automatic", "manual").contains(params.getOrDefault("capture_method", ""))) {
            wrong.add("capture_method " + params.get("capture_method"));
        }
        if (!"true".equals(params.get("automatic_payment_methods[enabled]"))) {
            wrong.add("automatic_payment_methods[enabled] " + params.get("automatic_payment_methods[enabled]"));
        }
        if (!params.getOrDefault("metadata[aisle_order_id]", "").matches("[0-9]+")) {
            wrong.add("metadata[aisle_order_id] " + params.get("metadata[aisle_order_id]"));
        }
        if (!params.getOrDefault("metadata[aisle_shop]", "").matches("aisle-[0-9a-f]{12}")) {
            wrong.add("metadata[aisle_shop] " + params.get("metadata[aisle_shop]"));
        }
        if (!wrong.isEmpty()) {
            return refuse(400, "invalid_request_error", "parameter_invalid", "payment_intents: " + wrong);
        }
        String id = "pi_fake" + ids.incrementAndGet() + UUID.randomUUID().toString().substring(0, 8);
        FakeIntent intent = new FakeIntent(id, Long.parseLong(params.get("amount")), params.get("currency"),
                params.get("capture_method"), params.get("metadata[aisle_order_id]"), params.get("metadata[aisle_shop]"),
                params.get("receipt_email"),
                Instant.now().getEpochSecond(), id + "_secret_" + UUID.randomUUID().toString().replace("-", ""));
        intents.put(id, intent);
        emit("payment_intent.created", intent);
        return ok(intent.json(fake.json, false));
    }

    private Answer capture(FakeIntent intent, Map<String, String> params) {
        if (!"requires_capture".equals(intent.status)) {
            return unexpectedState(intent);
        }
        long amount = params.containsKey("amount_to_capture") ? Long.parseLong(params.get("amount_to_capture"))
                : intent.amount;
        if (amount > intent.capturable) {
            return refuse(400, "invalid_request_error", "amount_too_large", "capture " + amount + " of " + intent.id);
        }
        intent.status = "succeeded";
        intent.received = amount;
        intent.capturable = 0;
        emit("payment_intent.succeeded", intent);
        return ok(intent.json(fake.json, false));
    }

    private Answer cancel(FakeIntent intent) {
        if ("succeeded".equals(intent.status) || "canceled".equals(intent.status)) {
            return unexpectedState(intent);
        }
        intent.status = "canceled";
        intent.capturable = 0;
        emit("payment_intent.canceled", intent);
        return ok(intent.json(fake.json, false));
    }

    private Answer refund(Map<String, String> params) {
        FakeIntent intent = intents.get(params.getOrDefault("payment_intent", ""));
        if (intent == null) {
            return refuse(400, "invalid_request_error", "resource_missing", "refund of " + params.get("payment_intent"));
        }
        long amount = params.containsKey("amount") ? Long.parseLong(params.get("amount")) : intent.received - intent.refunded;
        if (!"succeeded".equals(intent.status) || amount <= 0 || intent.refunded + amount > intent.received) {
            return error(400, "invalid_request_error", "charge_already_refunded", "Refund exceeds what was paid.");
        }
        intent.refunded += amount;
        String id = "re_fake" + ids.incrementAndGet();
        ObjectNode refund = fake.json.createObjectNode().put("id", id).put("object", "refund").put("amount", amount)
                .put("currency", intent.currency).put("payment_intent", intent.id).put("charge", intent.chargeId)
                .put("status", "succeeded").put("created", Instant.now().getEpochSecond());
        refund.putObject("metadata").put("aisle_order_id", params.getOrDefault("metadata[aisle_order_id]", ""))
                .put("aisle_shop", params.getOrDefault("metadata[aisle_shop]", ""))
                .put("aisle_request", params.getOrDefault("metadata[aisle_request]", ""));
        intent.refunds.add(refund);
        emit("charge.refunded", intent.id, (ObjectNode) intent.json(fake.json, true).get("latest_charge"));
        return ok(refund);
    }

    private Answer list(Map<String, String> params) {
        long gte = Long.parseLong(params.getOrDefault("created[gte]", "0"));
        long lt = Long.parseLong(params.getOrDefault("created[lt]", Long.toString(Long.MAX_VALUE)));
        int limit = Math.min(PAGE, Integer.parseInt(params.getOrDefault("limit", "10")));
        boolean expand = "data.latest_charge".equals(params.get("expand[0]"));
        // newest first, like Stripe
        List<FakeIntent> matching = intents.values().stream().filter(i -> i.created >= gte && i.created < lt)
                .sorted(Comparator.comparingLong((FakeIntent i) -> i.created).reversed()).toList();
        int from = 0;
        if (params.containsKey("starting_after")) {
            from = matching.indexOf(intents.get(params.get("starting_after"))) + 1;
        }
        ObjectNode page = fake.json.createObjectNode().put("object", "list").put("url", "/v1/payment_intents")
                .put("has_more", from + limit < matching.size());
        ArrayNode data = page.putArray("data");
        matching.subList(from, Math.min(matching.size(), from + limit)).forEach(i -> data.add(i.json(fake.json, expand)));
        return ok(page);
    }

    FakeStripeJs customer() {
        return customer;
    }

    synchronized FakeIntent find(String id) {
        return intents.get(id);
    }

    JsonMapper json() {
        return fake.json;
    }

    synchronized FakeIntent intent(String id) {
        FakeIntent intent = intents.get(id);
        if (intent == null) {
            throw new IllegalArgumentException("no PaymentIntent " + id);
        }
        return intent;
    }

    void emit(String type, FakeIntent intent) {
        emit(type, intent.id, intent.json(fake.json, false));
    }

    private void emit(String type, String intentId, ObjectNode object) {
        String id = "evt_fake" + ids.incrementAndGet() + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode event = fake.json.createObjectNode().put("id", id).put("object", "event")
                .put("api_version", com.stripe.Stripe.API_VERSION).put("created", Instant.now().getEpochSecond())
                .put("type", type).put("livemode", false).put("pending_webhooks", 1);
        event.putObject("data").set("object", object);
        event.putObject("request").putNull("id").putNull("idempotency_key");
        fake.webhooks.emit(new FakeStripeWebhooks.Event(id, type, intentId, fake.json.writeValueAsString(event)));
    }

    private Answer unexpectedState(FakeIntent intent) {
        return error(400, "invalid_request_error", "payment_intent_unexpected_state",
                "This PaymentIntent's status is " + intent.status + ".");
    }

    private Answer missing(String what) {
        return error(404, "invalid_request_error", "resource_missing", "No such payment_intent: " + what);
    }

    /** A request the shop should never have sent: listed as a violation, answered as Stripe would. */
    Answer refuse(int status, String type, String code, String violation) {
        fake.violations.add(violation);
        return error(status, type, code, "Refused: " + violation);
    }

    Answer error(int status, String type, String code, String message) {
        ObjectNode error = fake.json.createObjectNode();
        error.putObject("error").put("type", type).put("code", code).put("message", message);
        return new Answer(status, fake.json.writeValueAsString(error));
    }

    Answer ok(ObjectNode body) {
        return new Answer(200, fake.json.writeValueAsString(body));
    }
}
