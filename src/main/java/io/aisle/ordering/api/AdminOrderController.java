package io.aisle.ordering.api;

import io.aisle.ordering.BulkShipping;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderSearch;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
    private final BulkShipping bulk;

    AdminOrderController(OrderService orders, PaymentLedger payments, Shipments shipments, BulkShipping bulk) {
        this.orders = orders;
        this.payments = payments;
        this.shipments = shipments;
        this.bulk = bulk;
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

    @Operation(summary = "All customers' orders, newest first, searched and filtered",
            description = "q is an order number (42 or #42), the start of an e-mail address, or the start of an "
                    + "e-mail address or ship-to name; status, paymentStatus, and from/to (UTC days, ISO dates, "
                    + "both included) filter. Every parameter is optional.")
    @GetMapping
    PageResult<Order> list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String paymentStatus,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        OrderStatus wanted = status == null || status.isBlank() ? null : OrderStatus.parse(status);
        return orders.search(new OrderSearch(q, wanted, paymentStatus, from, to), PageQuery.of(page, size));
    }

    /** One order of a bulk shipment and its tracking number (none for a pick-up or an other carrier). */
    record ShipmentLine(long id, String trackingNumber) {
    }

    record BulkShipment(@NotBlank String carrier, @NotEmpty @Size(max = BulkShipping.MAX_ORDERS) List<ShipmentLine> orders) {
    }

    @Operation(summary = "Ship several orders with one carrier, each with its own tracking number",
            description = "Each order ships on its own: the answer lists the orders shipped and, for each order "
                    + "refused (already shipped, cancelled, unknown, bad tracking number), the reason.")
    @PostMapping("/shipments")
    BulkShipping.Outcome shipAll(@Valid @RequestBody BulkShipment request) {
        Map<Long, String> tracking = new HashMap<>();
        request.orders().forEach(line -> tracking.put(line.id(), line.trackingNumber()));
        return bulk.ship(request.orders().stream().map(ShipmentLine::id).toList(), request.carrier(), tracking);
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

    @Operation(summary = "Move an order along CONFIRMED → SHIPPED → DELIVERED, or cancel it before it ships",
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
