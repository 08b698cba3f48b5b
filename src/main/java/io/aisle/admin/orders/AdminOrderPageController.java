package io.aisle.admin.orders;

import io.aisle.identity.AccountService;
import io.aisle.ordering.Carrier;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.OrderPayments;
import io.aisle.ordering.Payment;
import io.aisle.ordering.PaymentLedger;
import io.aisle.ordering.PaymentProviderException;
import io.aisle.ordering.Refunds;
import io.aisle.ordering.ShipmentRequest;
import io.aisle.ordering.Shipments;
import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.ReturnService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One order: what was bought, where it goes, who bought it, its history, and the next steps it allows. */
@Controller
class AdminOrderPageController {

    private final OrderService orders;
    private final AccountService accounts;
    private final PaymentLedger payments;
    private final Shipments shipments;
    private final Refunds refunds;
    private final OrderPayments orderPayments;
    private final ReturnService returns;

    AdminOrderPageController(OrderService orders, AccountService accounts, PaymentLedger payments,
            Shipments shipments, Refunds refunds, OrderPayments orderPayments, ReturnService returns) {
        this.refunds = refunds;
        this.orderPayments = orderPayments;
        this.orders = orders;
        this.accounts = accounts;
        this.payments = payments;
        this.shipments = shipments;
        this.returns = returns;
    }

    @GetMapping("/admin/orders/{id}")
    String order(@PathVariable long id, Model model) {
        Order order = orders.get(id);
        model.addAttribute("order", order);
        model.addAttribute("customer", order.guest() ? null
                : accounts.findAll(List.of(order.userId())).get(order.userId()));
        model.addAttribute("actions", StatusAction.allowedFrom(order.status()));
        model.addAttribute("payments", payments.ofOrder(id));
        model.addAttribute("shipment", shipments.latest(id).orElse(null));
        model.addAttribute("carriers", Carrier.values());
        model.addAttribute("refundable", refunds.refundable(id));
        // one key per rendering of the form: a double click or a resubmitted form refunds once
        model.addAttribute("refundKey", "admin-" + UUID.randomUUID());
        model.addAttribute("returns", returns.ofOrder(id));
        return "admin/orders/order";
    }

    /** Refunds part or all of the order through its provider, once per rendered form (its key). */
    @PostMapping("/admin/orders/{id}/refund")
    String refund(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String key,
            RedirectAttributes redirect) {
        if (amount == null) {
            throw new InvalidRequestException("amount", "is required");
        }
        Payment refund = refunds.refund(id, amount, reason, key);
        redirect.addFlashAttribute("message", "Refunded " + refund.amount() + " " + refund.currency() + " of order #"
                + id + " (" + refund.providerReference() + ").");
        return "redirect:/admin/orders/{id}";
    }

    /** Takes the money of an authorized payment (manual capture). */
    @PostMapping("/admin/orders/{id}/capture")
    String capture(@PathVariable long id, RedirectAttributes redirect) {
        orderPayments.capture(id);
        redirect.addFlashAttribute("message", "The payment of order #" + id + " is captured.");
        return "redirect:/admin/orders/{id}";
    }

    /** Ships the order with the carrier and tracking number the admin entered (checked by the ordering module). */
    @PostMapping("/admin/orders/{id}/ship")
    String ship(@PathVariable long id, @RequestParam(required = false) String carrier,
            @RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String trackingUrl,
            RedirectAttributes redirect) {
        orders.ship(id, new ShipmentRequest(carrier, trackingNumber, trackingUrl));
        redirect.addFlashAttribute("message", "Order #" + id + " is now shipped.");
        return "redirect:/admin/orders/{id}";
    }

    /** Moves the order on; the flow is enforced by the ordering module, whatever the buttons offered. */
    @PostMapping("/admin/orders/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam String status, RedirectAttributes redirect) {
        Order order = orders.changeStatus(id, OrderStatus.parse(status));
        redirect.addFlashAttribute("message", "Order #" + id + " is now "
                + order.status().name().toLowerCase(Locale.ROOT) + ".");
        return "redirect:/admin/orders/{id}";
    }

    /** Not allowed from where the order is, or someone else moved it first: back to the order, saying so. */
    @ExceptionHandler({ConflictException.class, InvalidRequestException.class, PaymentProviderException.class})
    String refused(AisleException refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", refusal.detail());
        return "redirect:/admin/orders/{id}";
    }
}
