package io.aisle.ordering.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import io.aisle.ordering.PaymentGateway;
import io.aisle.ordering.PaymentProviderException;
import io.aisle.ordering.StripeProperties;
import io.aisle.platform.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Payments through Stripe's PaymentIntents. Checkout creates one per order ({@link #start}) and answers PENDING with
 * its client secret: the customer enters their card in Stripe's Payment Element on the payment page (no card data
 * reaches the shop), confirms it there (with 3-D Secure when the bank asks), and Stripe's webhook tells the shop how
 * it ended. Every call that changes something carries an idempotency key, so retrying it changes nothing more.
 */
@Component
@ConditionalOnProperty(name = "aisle.payments.provider", havingValue = "stripe")
class StripePaymentGateway implements PaymentGateway {

    /** The statuses in which a PaymentIntent still waits for the customer. */
    private static final Set<String> WAITING_FOR_CUSTOMER = Set.of("requires_payment_method",
            "requires_confirmation", "requires_action");

    private final StripeClient stripe;
    private final StripeProperties settings;
    private final String namespace;

    StripePaymentGateway(StripeClient stripe, StripeProperties settings) {
        this.stripe = stripe;
        this.settings = settings;
        this.namespace = StripeIntents.namespace(settings);
    }

    @Override
    public String provider() {
        return "stripe";
    }

    @Override
    public PaymentStart start(Charge charge) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(Money.toMinor(charge.amount()))
                .setCurrency(charge.currency().toLowerCase(Locale.ROOT))
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .setCaptureMethod(settings.capture() == StripeProperties.Capture.MANUAL
                        ? PaymentIntentCreateParams.CaptureMethod.MANUAL
                        : PaymentIntentCreateParams.CaptureMethod.AUTOMATIC)
                .putMetadata(StripeIntents.ORDER_ID, Long.toString(charge.orderId()))
                .putMetadata(StripeIntents.SHOP, namespace);
        if (charge.email() != null) {
            params.setReceiptEmail(charge.email());
        }
        PaymentIntent intent = StripeRequests.call("create a PaymentIntent", () -> stripe.v1().paymentIntents()
                .create(params.build(), key("order-" + charge.orderId() + "-start")));
        return new PaymentStart(PaymentStart.Outcome.PENDING, intent.getId(), intent.getClientSecret());
    }

    @Override
    public String resume(String reference) {
        PaymentIntent intent = retrieve(reference);
        return WAITING_FOR_CUSTOMER.contains(intent.getStatus()) ? intent.getClientSecret() : null;
    }

    @Override
    public void capture(String reference, BigDecimal amount, String idempotencyKey) {
        PaymentIntent intent = retrieve(reference);
        if ("succeeded".equals(intent.getStatus())) {
            return;
        }
        if (!"requires_capture".equals(intent.getStatus())) {
            throw new PaymentProviderException();
        }
        PaymentIntentCaptureParams params = PaymentIntentCaptureParams.builder()
                .setAmountToCapture(Money.toMinor(amount)).build();
        StripeRequests.call("capture a PaymentIntent",
                () -> stripe.v1().paymentIntents().capture(reference, params, key(idempotencyKey)));
    }

    @Override
    public boolean cancel(String reference) {
        PaymentIntent intent = retrieve(reference);
        switch (intent.getStatus()) {
            case "succeeded":
                return false;
            case "canceled":
                return true;
            default:
                PaymentIntent cancelled = StripeRequests.call("cancel a PaymentIntent", () -> stripe.v1()
                        .paymentIntents().cancel(reference, PaymentIntentCancelParams.builder().build(),
                                key("cancel-" + reference)));
                return "canceled".equals(cancelled.getStatus());
        }
    }

    /**
     * Stripe keeps idempotency keys for about a day, while a refund interrupted by a crash may be finished later (by
     * {@code reconcile-payments}, or the same request again): so the refund carries its request key in its metadata,
     * and a refund of the PaymentIntent made earlier for the same request is answered instead of making a second.
     */
    @Override
    public String refund(Refund refund) {
        String request = namespace + ":" + refund.orderId() + ":" + refund.idempotencyKey();
        Optional<String> earlier = StripeRequests.call("list a PaymentIntent's refunds", () -> {
            RefundListParams mine = RefundListParams.builder().setPaymentIntent(refund.reference()).setLimit(100L)
                    .build();
            for (com.stripe.model.Refund made : stripe.v1().refunds().list(mine).autoPagingIterable()) {
                if (made.getMetadata() != null && request.equals(made.getMetadata().get(StripeIntents.REQUEST))) {
                    return Optional.of(made.getId());
                }
            }
            return Optional.<String>empty();
        });
        if (earlier.isPresent()) {
            return earlier.get();
        }
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(refund.reference())
                .setAmount(Money.toMinor(refund.amount()))
                .putMetadata(StripeIntents.ORDER_ID, Long.toString(refund.orderId()))
                .putMetadata(StripeIntents.SHOP, namespace)
                .putMetadata(StripeIntents.REQUEST, request)
                .putMetadata("reason", refund.reason() == null ? "" : refund.reason())
                .build();
        return StripeRequests.call("refund a PaymentIntent",
                () -> stripe.v1().refunds().create(params, RequestOptions.builder().setIdempotencyKey(request).build()))
                .getId();
    }

    @Override
    public List<ProviderCharge> charges(Instant from, Instant to) {
        return StripeCharges.list(stripe, from, to, namespace);
    }

    /** The PaymentIntent as Stripe has it now. */
    PaymentIntent retrieve(String reference) {
        return StripeRequests.call("retrieve a PaymentIntent", () -> stripe.v1().paymentIntents().retrieve(reference));
    }

    /** The PaymentIntent as Stripe has it now, or empty when Stripe has none by this id (not this account's). */
    Optional<PaymentIntent> find(String reference) {
        return StripeRequests.call("retrieve a PaymentIntent", () -> {
            try {
                return Optional.of(stripe.v1().paymentIntents().retrieve(reference));
            } catch (InvalidRequestException e) {
                if (Integer.valueOf(404).equals(e.getStatusCode())) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** The idempotency key in this shop's name space, so that it never collides with another system's. */
    private RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(namespace + ":" + idempotencyKey).build();
    }
}
