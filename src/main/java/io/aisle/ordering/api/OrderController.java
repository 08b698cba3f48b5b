package io.aisle.ordering.api;

import io.aisle.ordering.CheckoutRequest;
import io.aisle.ordering.CheckoutService;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderPayments;
import io.aisle.ordering.PlacedOrder;
import io.aisle.ordering.Shipments;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Orders")
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

    /** Set on the answer to a request that repeated an idempotency key: the order was made earlier. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final CheckoutService checkout;
    private final OrderService orders;
    private final Shipments shipments;
    private final OrderPayments payments;

    OrderController(CheckoutService checkout, OrderService orders, Shipments shipments, OrderPayments payments) {
        this.payments = payments;
        this.checkout = checkout;
        this.orders = orders;
        this.shipments = shipments;
    }

    @Operation(summary = "What the client needs to finish paying one of your orders",
            description = "When the provider needs the customer (Stripe), checkout answers a PENDING order: confirm its "
                    + "payment with the provider's form using clientSecret before reservedUntil, when the order lets "
                    + "its items go. clientSecret is null once the order no longer waits for its payment.")
    @AnswersProblem(status = 404, when = "You have no order with this id.")
    @GetMapping("/{id}/payment")
    PaymentSession payment(CurrentUser user, @PathVariable long id) {
        Order order = orders.getMine(user.id(), id);
        return PaymentSession.of(order, payments.clientSecret(order));
    }

    @Operation(summary = "Check out the cart",
            description = "Ships to shippingAddress, the saved address addressId, or the default address; by "
                    + "shippingMethodId (see POST /checkout/quote; none: the cheapest), with an optional promotionCode. "
                    + "An address the shop cannot ship to, a method not offered for it, or a code that does not "
                    + "apply is a 400 saying why. Send an Idempotency-Key header (up to 100 characters) to make retries safe: the same key "
                    + "always answers with the same order. One cart makes one order: a checkout of a cart that another "
                    + "checkout is taking or took answers 409 (Cart already checked out, or Empty cart) and charges "
                    + "nothing.")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 402, when = "The payment was declined; nothing was ordered or charged.")
    @AnswersProblem(status = 409, when = "The cart is empty, was just checked out by another request, a product is "
            + "short of stock (named in the answer), or the promotion code's last use (or the customer's own limit) "
            + "was just taken; nothing was ordered or charged.")
    @AnswersProblem(status = 503, when = "The payment provider did not confirm the payment: nothing was ordered, and "
            + "any amount taken is given back by reconciliation (reconcile-payments).")
    @PostMapping
    ResponseEntity<Order> place(CurrentUser user, @Valid @RequestBody(required = false) CheckoutRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PlacedOrder placed = checkout.checkout(user.id(), request, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.order().id()))
                .header(REPLAYED_HEADER, Boolean.toString(placed.replayed()))
                .body(placed.order());
    }

    @GetMapping
    PageResult<Order> list(CurrentUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return orders.listMine(user.id(), PageQuery.of(page, size));
    }

    @Operation(summary = "One of the customer's orders, with its shipment (carrier, tracking number and link) once it ships")
    @GetMapping("/{id}")
    TrackedOrder get(CurrentUser user, @PathVariable long id) {
        Order order = orders.getMine(user.id(), id);
        return new TrackedOrder(order, shipments.ofOrder(order.id()));
    }

    @Operation(summary = "Cancel an order that has not shipped yet; its stock is put back")
    @AnswersProblem(status = 409, when = "The order has shipped, or is cancelled already.")
    @PostMapping("/{id}/cancel")
    Order cancel(CurrentUser user, @PathVariable long id) {
        return orders.cancel(user.id(), id);
    }
}
