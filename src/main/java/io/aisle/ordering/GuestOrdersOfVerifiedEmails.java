package io.aisle.ordering;

import io.aisle.identity.EmailVerified;
import io.aisle.ordering.data.OrderRepository;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A customer who proves an e-mail address gets the guest orders placed with it, in the verifying transaction (a
 * rolled-back verification moves nothing). Only a verified address claims orders: a sign-up with someone else's
 * address must not see their orders (ADR 0014). Moving is idempotent: only orders without an account move.
 */
@Component
class GuestOrdersOfVerifiedEmails {

    private final OrderRepository orders;
    private final Clock clock;

    GuestOrdersOfVerifiedEmails(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @EventListener
    void on(EmailVerified event) {
        orders.attachAllToCustomer(event.email(), event.userId(), clock.instant());
    }
}
