package io.aisle.ordering.api;

import io.aisle.ordering.CheckoutRequest;
import io.aisle.ordering.CheckoutService;
import io.aisle.ordering.GuestCheckoutRequest;
import io.aisle.ordering.GuestQuoteRequest;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderPayments;
import io.aisle.ordering.PlacedOrder;
import io.aisle.ordering.Quote;
import io.aisle.ordering.Shipments;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Quotes before an order, and checkout without an account. */
@Tag(name = "Checkout")
@RestController
class CheckoutController {

    private final CheckoutService checkout;
    private final OrderService orders;
    private final Shipments shipments;
    private final OrderPayments payments;

    CheckoutController(CheckoutService checkout, OrderService orders, Shipments shipments, OrderPayments payments) {
        this.payments = payments;
        this.checkout = checkout;
        this.orders = orders;
        this.shipments = shipments;
    }

    /** A guest's placed order and the path of its page, the guest's way back to it. */
    record GuestOrder(String orderPage, Order order) {
    }

    @Operation(summary = "Price the signed-in customer's cart",
            description = "Lines with discounts and tax, the shipping methods the address can have with price and "
                    + "estimated dates, and the totals, worked out as checkout will. Without shippingAddress, shipping "
                    + "and tax are left out (taxKnown false).")
    @AnswersProblem(status = 409, when = "The cart is empty, or the promotion code is used up (a code that does not "
            + "apply otherwise is a 400 saying why).")
    @PostMapping("/api/v1/checkout/quote")
    Quote quote(CurrentUser user, @Valid @RequestBody(required = false) CheckoutRequest request) {
        return checkout.quote(user.id(), request == null ? CheckoutRequest.EMPTY : request);
    }

    @Operation(summary = "Price a guest's lines", description = "As the customer's quote, for lines sent with the "
            + "request; no account needed.")
    @AnswersProblem(status = 404, when = "A product in items is not sold here (as when adding it to a cart).")
    @AnswersProblem(status = 409, when = "The promotion code is used up (a code that does not apply otherwise is a "
            + "400 saying why).")
    @PostMapping("/api/v1/checkout/guest/quote")
    Quote guestQuote(@Valid @RequestBody GuestQuoteRequest request) {
        return checkout.quoteForGuest(checkout.guestLines(request.items()), request.shippingAddress(),
                request.shippingMethodId(), request.promotionCode(), request.email());
    }

    @Operation(summary = "Check out as a guest",
            description = "Places and pays the order for the lines sent, without an account. The answer's orderPage "
                    + "is the order's page with an unguessable secret: the guest's only way back to the order (GET "
                    + "/api/v1/guest-orders/{secret} for clients). Send an Idempotency-Key header to make retries "
                    + "safe: the same key with the same e-mail answers with the same order.")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 402, when = "The payment was declined; nothing was ordered or charged.")
    @AnswersProblem(status = 404, when = "A product in items is not sold here (as when adding it to a cart).")
    @AnswersProblem(status = 409, when = "A product is short of stock (named in the answer), or the promotion code's "
            + "last use (or the customer's own limit) was just taken; nothing was ordered or charged.")
    @AnswersProblem(status = 503, when = "The payment provider did not confirm the payment: nothing was ordered, and "
            + "any amount taken is given back by reconciliation (reconcile-payments).")
    @PostMapping("/api/v1/checkout/guest")
    ResponseEntity<GuestOrder> guestCheckout(@Valid @RequestBody GuestCheckoutRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PlacedOrder placed = checkout.checkoutAsGuest(request, idempotencyKey);
        String secret = placed.link().substring(placed.link().lastIndexOf('/') + 1);
        return ResponseEntity.created(URI.create("/api/v1/guest-orders/" + secret))
                .header(OrderController.REPLAYED_HEADER, Boolean.toString(placed.replayed()))
                .body(new GuestOrder(placed.link(), placed.order()));
    }

    @Operation(summary = "What the guest's client needs to finish paying the order of this link",
            description = "As GET /api/v1/orders/{id}/payment, for a guest's order.")
    @AnswersProblem(status = 404, when = "No order has this link.")
    @GetMapping("/api/v1/guest-orders/{secret}/payment")
    PaymentSession guestPayment(@PathVariable String secret) {
        Order order = orders.getByLink(secret);
        return PaymentSession.of(order, payments.clientSecret(order));
    }

    @Operation(summary = "A guest's order, by the secret of its link, with its shipments")
    @GetMapping("/api/v1/guest-orders/{secret}")
    TrackedOrder guestOrder(@PathVariable String secret) {
        Order order = orders.getByLink(secret);
        return new TrackedOrder(order, shipments.ofOrder(order.id()));
    }
}
