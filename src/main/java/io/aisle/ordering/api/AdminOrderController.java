package io.aisle.ordering.api;

import io.aisle.ordering.BulkShipping;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderSearch;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.Payment;
import io.aisle.ordering.OrderPayments;
import io.aisle.ordering.PaymentLedger;
import io.aisle.ordering.Refunds;
import io.aisle.ordering.ShipmentRequest;
import io.aisle.ordering.Shipments;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
    private final Refunds refunds;
    private final OrderPayments orderPayments;

    AdminOrderController(OrderService orders, PaymentLedger payments, Shipments shipments, BulkShipping bulk,
            Refunds refunds, OrderPayments orderPayments) {
        this.refunds = refunds;
        this.orderPayments = orderPayments;
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

    /** A refund: how much of the order, and why, in words the customer reads in the refund e-mail. */
    record RefundRequest(@NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Size(max = 200) String reason) {
    }

    @Operation(summary = "Refund part or all of an order through its payment provider",
            description = "The Idempotency-Key header is required: the same key answers the first refund and gives "
                    + "back nothing more, also when two requests race or the first one's answer was lost. The order's "
                    + "payment status becomes PARTIALLY_REFUNDED or REFUNDED; the customer gets a refund e-mail.")
    @AnswersProblem(status = 400, when = "The amount is missing, not positive, has more than two decimals or is more "
            + "than what is left to refund; or the Idempotency-Key header is missing.")
    @AnswersProblem(status = 404, when = "There is no such order.")
    @AnswersProblem(status = 409, when = "The order has no payment to refund (not paid yet, voided, or refunded).")
    @AnswersProblem(status = 503, when = "The provider did not confirm the refund: it is recorded as pending; send the "
            + "same request again (same Idempotency-Key) to finish it.")
    @PostMapping("/{id}/refunds")
    Payment refund(@PathVariable long id, @Valid @RequestBody RefundRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidRequestException("Idempotency-Key", "header is required, so that a repeated refund "
                    + "gives back the money once");
        }
        return refunds.refund(id, request.amount(), request.reason(), idempotencyKey.strip());
    }

    @Operation(summary = "The order's refunds, oldest first, with what is left to refund")
    @AnswersProblem(status = 404, when = "There is no such order.")
    @GetMapping("/{id}/refunds")
    RefundSummary refunds(@PathVariable long id) {
        return new RefundSummary(refunds.of(id), refunds.refundable(id));
    }

    record RefundSummary(List<Payment> refunds, BigDecimal refundable) {
    }

    @Operation(summary = "Capture an authorized payment (manual capture)",
            description = "Takes the money the customer's payment holds; the order's payment status becomes PAID. "
                    + "Capturing twice captures once.")
    @AnswersProblem(status = 404, when = "There is no such order.")
    @AnswersProblem(status = 409, when = "The order's payment is not authorized (pending, already paid, voided).")
    @AnswersProblem(status = 503, when = "The provider did not confirm the capture; try again.")
    @PostMapping("/{id}/capture")
    TrackedOrder capture(@PathVariable long id) {
        return new TrackedOrder(orderPayments.capture(id), shipments.ofOrder(id));
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
