package io.aisle.ordering.api;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.Payment;
import io.aisle.ordering.PaymentLedger;
import io.aisle.ordering.ShipmentRequest;
import io.aisle.ordering.Shipments;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Orders (admin)")
@RestController
@RequestMapping("/api/v1/admin/orders")
class AdminOrderController {

    private final OrderService orders;
    private final PaymentLedger payments;
    private final Shipments shipments;

    AdminOrderController(OrderService orders, PaymentLedger payments, Shipments shipments) {
        this.orders = orders;
        this.payments = payments;
        this.shipments = shipments;
    }

    /**
     * The new status; when it is SHIPPED, also the carrier and its tracking number (a tracking URL only for
     * an OTHER carrier). SHIPPED without a carrier is still accepted for older clients and records no shipment.
     */
    record StatusChange(@NotBlank String status, String carrier, String trackingNumber, String trackingUrl) {

        boolean namesShipment() {
            return carrier != null || trackingNumber != null || trackingUrl != null;
        }
    }

    @Operation(summary = "All customers' orders, newest first, optionally in one status")
    @GetMapping
    PageResult<Order> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return orders.list(status == null || status.isBlank() ? null : OrderStatus.parse(status),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    TrackedOrder get(@PathVariable long id) {
        return new TrackedOrder(orders.get(id), shipments.ofOrder(id));
    }

    @Operation(summary = "The order's payments in the ledger: its charge and any refund, oldest first")
    @GetMapping("/{id}/payments")
    List<Payment> payments(@PathVariable long id) {
        return payments.ofOrder(id);
    }

    @Operation(summary = "Move an order along PAID → SHIPPED → DELIVERED, or PAID → CANCELLED",
            description = "Shipping takes the carrier (UPS, USPS, FEDEX, DHL, ROYAL_MAIL, DPD, CANADA_POST, "
                    + "AUSTRALIA_POST, POSTNL, LA_POSTE, PICKUP, OTHER) and, for a named carrier, its tracking "
                    + "number; the tracking link is built from the carrier's pattern (an OTHER carrier may give "
                    + "trackingUrl). Shipping twice at once ships once: the second answers 409.")
    @AnswersProblem(status = 409, when = "The status flow does not allow this change from the order's current status.")
    @PostMapping("/{id}/status")
    TrackedOrder changeStatus(@PathVariable long id, @Valid @RequestBody StatusChange change) {
        OrderStatus to = OrderStatus.parse(change.status());
        if (change.namesShipment() && to != OrderStatus.SHIPPED) {
            throw new InvalidRequestException("carrier", "is only given when the status becomes SHIPPED");
        }
        Order order = change.namesShipment()
                ? orders.ship(id, new ShipmentRequest(change.carrier(), change.trackingNumber(), change.trackingUrl()))
                : orders.changeStatus(id, to);
        return new TrackedOrder(order, shipments.ofOrder(id));
    }
}
