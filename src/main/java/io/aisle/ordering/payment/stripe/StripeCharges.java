package io.aisle.ordering.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentListParams;
import io.aisle.ordering.PaymentGateway.ProviderCharge;
import io.aisle.platform.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Stripe's books for reconciliation: the succeeded PaymentIntents created in a period that carry an order id, page
 * after page (Stripe answers at most 100 at a time), with their latest charge to tell which were refunded in full.
 */
final class StripeCharges {

    private StripeCharges() {
    }

    static List<ProviderCharge> list(StripeClient stripe, Instant from, Instant to, String namespace) {
        PaymentIntentListParams params = PaymentIntentListParams.builder()
                .setCreated(PaymentIntentListParams.Created.builder()
                        .setGte(from.getEpochSecond()).setLt(secondsUpTo(to)).build())
                .setLimit(100L)
                .addExpand("data.latest_charge")
                .build();
        return StripeRequests.call("list PaymentIntents", () -> {
            List<ProviderCharge> charges = new ArrayList<>();
            for (PaymentIntent intent : stripe.v1().paymentIntents().list(params).autoPagingIterable()) {
                // only this shop's payments: the account may serve other systems, whose payments are not ours
                String orderId = intent.getMetadata() == null ? null : intent.getMetadata().get(StripeIntents.ORDER_ID);
                boolean ours = intent.getMetadata() != null
                        && namespace.equals(intent.getMetadata().get(StripeIntents.SHOP));
                if ("succeeded".equals(intent.getStatus()) && orderId != null && ours) {
                    charges.add(new ProviderCharge(Long.parseLong(orderId), intent.getId(),
                            Money.fromMinor(intent.getAmountReceived()), intent.getCurrency().toUpperCase(Locale.ROOT),
                            Instant.ofEpochSecond(intent.getCreated()), refundedInFull(intent.getLatestChargeObject())));
                }
            }
            charges.sort(Comparator.comparing(ProviderCharge::createdAt));
            return charges;
        });
    }

    /**
     * Stripe dates in whole seconds: a payment made in {@code to}'s own second, before {@code to}, carries that second,
     * so the listing ends after it (a few more payments in the window are harmless; one missing is a false alarm).
     */
    private static long secondsUpTo(Instant to) {
        return to.getNano() == 0 ? to.getEpochSecond() : to.getEpochSecond() + 1;
    }

    private static String refundedInFull(Charge charge) {
        // the charge stands for its refunds: the ledger keeps each refund's own reference
        return charge != null && Boolean.TRUE.equals(charge.getRefunded()) ? charge.getId() : null;
    }
}
