package io.aisle.ordering;

import io.aisle.catalog.StockService;
import io.aisle.identity.AccountService;
import io.aisle.identity.PostalAddress;
import io.aisle.identity.PostalAddresses;
import io.aisle.ordering.data.OrderAdjustmentRepository;
import io.aisle.ordering.data.OrderItemRepository;
import io.aisle.ordering.data.OrderRepository;
import io.aisle.platform.CertifiedWrites;
import io.aisle.platform.SignedLinks;
import io.aisle.promotions.PromotionService;
import io.aisle.shopping.CartLine;
import io.aisle.shopping.CartService;
import io.aisle.shopping.LockedCart;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one transaction of a checkout. Any failure (short stock, a declined payment, a promotion's last use
 * taken by someone else) rolls all of it back: no order, stock, cart and promotion uses as they were.
 * {@link CheckoutService} runs it and handles retries.
 *
 * <p>One cart makes one order: a customer's checkout starts by locking the customer's account row and then the
 * cart's lines, so checkouts of one cart run one after the other, whatever their idempotency keys and on whichever
 * instance. The second finds the cart emptied by the first: with the first one's key it answers with that order,
 * otherwise it refuses with a 409 before anything is priced, taken or charged. A guest's cart lives with the
 * client and its lines come with the request; the unique key on (guest e-mail, idempotency key) makes a repeated
 * guest checkout wait for the first and answer with its order.
 *
 * <p>A committed order and its charge go together: the charge is recorded in the {@link PaymentLedger} in
 * this transaction. The provider is charged just before that, with the order id as its idempotency key;
 * if the transaction then fails or the process dies, the provider holds a charge that no order and no
 * ledger row has, which reconciliation finds by comparing the provider's books with the ledger, and gives
 * back.
 */
@Service
class CheckoutTransaction {

    static final String GUEST_LINK_PURPOSE = "guest-order";

    private final AccountService accounts;
    private final CartService cart;
    private final CheckoutPricing pricing;
    private final CheckoutAddresses addresses;
    private final StockService stock;
    private final OrderService orderService;
    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final OrderAdjustmentRepository adjustments;
    private final PromotionService promotions;
    private final PaymentGateway payments;
    private final PaymentLedger ledger;
    private final SignedLinks links;
    private final ApplicationEventPublisher events;
    private final PaymentProperties properties;
    private final CertifiedWrites certified;
    private final Clock clock;

    CheckoutTransaction(AccountService accounts, CartService cart, CheckoutPricing pricing,
            CheckoutAddresses addresses, StockService stock, OrderService orderService, OrderRepository orders,
            OrderItemRepository items, OrderAdjustmentRepository adjustments, PromotionService promotions,
            PaymentGateway payments, PaymentLedger ledger, SignedLinks links, ApplicationEventPublisher events,
            PaymentProperties properties, CertifiedWrites certified, Clock clock) {
        this.properties = properties;
        this.certified = certified;
        this.clock = clock;
        this.accounts = accounts;
        this.cart = cart;
        this.pricing = pricing;
        this.addresses = addresses;
        this.stock = stock;
        this.orderService = orderService;
        this.orders = orders;
        this.items = items;
        this.adjustments = adjustments;
        this.promotions = promotions;
        this.payments = payments;
        this.ledger = ledger;
        this.links = links;
        this.events = events;
    }

    /**
     * A customer's checkout of their cart. READ COMMITTED, so that every read sees the latest commits: the
     * stock guards lock their rows anyway, and a short line is then reported with the stock as it is now
     * rather than as this transaction first saw it (catalog's re-read after a failed guard is a plain read).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    PlacedOrder run(long userId, CheckoutRequest request, String idempotencyKey, CheckoutAttempts attempts) {
        certified.fromHere();
        // read before waiting for any lock, only to tell a cart that was empty anyway from one that a
        // concurrent checkout emptied while this one waited
        boolean hadLines = cart.hasLines(userId);
        // the account row's lock comes first, before any cart or order lock (deletion takes it first too, so
        // the two never deadlock): a concurrent deletion of the account either waits for this order (and then
        // refuses, as the order is open) or has committed, and this checkout answers 404
        String email = accounts.holdOpen(userId);
        LockedCart locked = cart.lockForCheckout(userId);
        if (idempotencyKey != null) {
            // looked up once the cart is ours: an earlier order with this key committed together with
            // emptying the cart, so a checkout that waited for that one finds its order here
            Optional<Order> earlier = orderService.findMine(userId, idempotencyKey);
            if (earlier.isPresent()) {
                return new PlacedOrder(earlier.get(), true);
            }
        }
        if (hadLines && locked.variantIds().isEmpty()) {
            throw new CartAlreadyCheckedOutException();
        }
        if (locked.lines().isEmpty()) {
            throw new EmptyCartException();
        }
        PostalAddress address = addresses.forCustomer(userId, request);
        boolean firstOrder = orderService.isFirstOrder(userId, email);
        CheckoutPricing.Priced priced = pricing.price(new CheckoutPricing.Request(locked.lines(), address,
                request.shippingMethodId(), request.promotionCode(), email, userId, firstOrder));
        Order draft = pricing.draft(userId, email, locked.lines(), priced.quote(), address,
                payments.provider());
        // the order row comes first: its unique idempotency key holds back a concurrent duplicate
        long orderId = orders.insert(attempts.orderId(), draft, idempotencyKey, priced.quote().shipping().methodId(),
                null);
        cart.emptyAfterOrder(userId, locked);
        return complete(orderId, draft, priced, request.paymentToken(), null, attempts);
    }

    /** A guest's checkout of the lines they sent; see the class comment for how a retry finds its order. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    PlacedOrder runGuest(String email, List<CartLine> lines, GuestCheckoutRequest request, String idempotencyKey,
            CheckoutAttempts attempts) {
        certified.fromHere();
        if (idempotencyKey != null) {
            Optional<Order> earlier = orderService.findGuests(email, idempotencyKey);
            if (earlier.isPresent()) {
                return new PlacedOrder(earlier.get(), true,
                        OrderService.guestLink(links.secret(GUEST_LINK_PURPOSE, earlier.get().id())));
            }
        }
        PostalAddress address = PostalAddresses.normalize(request.shippingAddress(), "shippingAddress.");
        boolean firstOrder = orderService.isFirstOrder(null, email);
        CheckoutPricing.Priced priced = pricing.price(new CheckoutPricing.Request(lines, address,
                request.shippingMethodId(), request.promotionCode(), email, null, firstOrder));
        Order draft = pricing.draft(null, email, lines, priced.quote(), address, payments.provider());
        // the link's secret is made from the order id, which the insert gives; the row gets its hash right after
        long orderId = orders.insert(attempts.orderId(), draft, idempotencyKey, priced.quote().shipping().methodId(),
                null);
        String secret = links.secret(GUEST_LINK_PURPOSE, orderId);
        orders.setAccessTokenHash(orderId, SignedLinks.hash(secret));
        return complete(orderId, draft, priced, request.paymentToken(), OrderService.guestLink(secret), attempts);
    }

    /** Takes the stock, writes the lines, redeems the promotions, charges and records the charge. */
    private PlacedOrder complete(long orderId, Order draft, CheckoutPricing.Priced priced, String paymentToken,
            String link, CheckoutAttempts attempts) {
        stock.take(draft.stockLines());
        draft.items().forEach(item -> items.insert(orderId, item));
        draft.adjustments().forEach(adjustment -> adjustments.insert(orderId, adjustment));
        // the last statements that can wait for a lock: a limited promotion's use is a hot row, held until commit
        promotions.redeem(priced.discounts(), orderId, draft.email(), draft.userId());
        // charged last, after every statement that can wait for a lock or fail, so that a rollback after
        // the charge (which leaves a provider charge without an order for reconciliation to give back) is
        // as unlikely as it gets; on a Galera cluster every write so far has been certified by now (CertifiedWrites),
        // and a retry after a failure from here on charges the same order id again (CheckoutAttempts)
        attempts.charging(orderId);
        PaymentGateway.PaymentStart payment = payments.start(new PaymentGateway.Charge(orderId, draft.userId(),
                draft.email(), draft.total(), draft.currency(), paymentToken));
        if (payment.outcome() == PaymentGateway.PaymentStart.Outcome.PENDING) {
            // the customer finishes paying with the provider; the order holds its stock meanwhile and is confirmed by
            // the provider's word (PaymentUpdates), or cancelled when the reservation ends
            Instant until = clock.instant().plus(properties.reservation());
            requireOrderRow(orders.awaitPayment(orderId, payment.reference(), until));
            return new PlacedOrder(draft.awaitingPayment(orderId, until), false, link, payment.clientSecret());
        }
        requireOrderRow(orders.setPaymentReference(orderId, payment.reference()));
        // the order as written: the draft with its id and charge (no re-read, a checkout makes enough round trips)
        Order order = draft.placed(orderId, payment.reference());
        ledger.recordCharge(order, payment.reference());
        events.publishEvent(OrderPlaced.of(order));
        return new PlacedOrder(order, false, link);
    }

    /**
     * The order row this transaction inserted must still be there after the payment call. A database that aborted
     * the transaction meanwhile (a Galera node for a conflicting write set) reports it at the next statement; should
     * that report ever be lost, this update finds no row, and the statements after it must not commit on their own
     * (a charge in the ledger without its order): the whole checkout is tried again under the same order id.
     */
    private static void requireOrderRow(int updated) {
        if (updated != 1) {
            throw new PessimisticLockingFailureException("The database rolled the checkout's transaction back");
        }
    }
}
