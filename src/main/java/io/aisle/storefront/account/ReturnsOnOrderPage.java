package io.aisle.storefront.account;

import io.aisle.ordering.Order;
import io.aisle.returns.ReturnReason;
import io.aisle.returns.ReturnService;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The returns part of an order's page, the customer's and the guest's alike: the order's returns with their status,
 * and the "Return items" form while the order can be returned. The form carries a fresh token, sent as the
 * request's idempotency key, so a double-clicked submit makes one return.
 */
@Component
class ReturnsOnOrderPage {

    private final ReturnService returns;

    ReturnsOnOrderPage(ReturnService returns) {
        this.returns = returns;
    }

    /** Adds the order's returns and form to the page; {@code action} is where the form posts. */
    void addTo(Model model, Order order, String action) {
        model.addAttribute("returns", returns.ofOrder(order.id()));
        model.addAttribute("returnOptions", returns.options(order));
        model.addAttribute("returnReasons", ReturnReason.values());
        model.addAttribute("returnAction", action);
        model.addAttribute("returnToken", UUID.randomUUID().toString());
    }
}
