package io.aisle.shopping;

import io.aisle.identity.CartReminderSubscribers;
import io.aisle.identity.User;
import io.aisle.shopping.data.CartStateRepository;
import io.aisle.shopping.data.CartStateRepository.IdleCart;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Finds carts left untouched longer than the idle time whose customers asked to be reminded, and publishes
 * {@link CartAbandoned} once per cart state: the reminder is recorded by a guarded UPDATE in the transaction that
 * publishes it, so reruns and other instances find it done, and a rolled-back publish (a failing listener) leaves the
 * cart to be reminded of at the next run.
 */
@Component
class AbandonedCartReminders {

    private static final int PAGE = 200;

    private final CartStateRepository carts;
    private final CartReminderSubscribers subscribers;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final ShoppingProperties.AbandonedCart settings;
    private final Clock clock;

    AbandonedCartReminders(CartStateRepository carts, CartReminderSubscribers subscribers,
            ApplicationEventPublisher events, TransactionOperations transactions, ShoppingProperties properties,
            Clock clock) {
        this.carts = carts;
        this.subscribers = subscribers;
        this.events = events;
        this.transactions = transactions;
        this.settings = properties.abandonedCart();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aisle.shopping.abandoned-cart.check-interval:15m}",
            initialDelayString = "${aisle.shopping.abandoned-cart.check-interval:15m}")
    void onSchedule() {
        remind();
    }

    /** Publishes the reminders due now; answers how many. Nothing when the idle time is 0. */
    int remind() {
        if (!settings.enabled()) {
            return 0;
        }
        Instant before = clock.instant().minus(settings.idle());
        int published = 0;
        Instant afterChange = Instant.EPOCH;
        long afterUserId = 0;
        List<IdleCart> page;
        do {
            page = carts.findIdle(before, afterChange, afterUserId, PAGE);
            Map<Long, User> optedIn = subscribers.optedIn(page.stream().map(IdleCart::userId).toList());
            for (IdleCart cart : page) {
                User customer = optedIn.get(cart.userId());
                if (customer != null && remind(cart, customer)) {
                    published++;
                }
            }
            if (!page.isEmpty()) {
                afterChange = page.get(page.size() - 1).changedAt();
                afterUserId = page.get(page.size() - 1).userId();
            }
        } while (page.size() == PAGE);
        return published;
    }

    private boolean remind(IdleCart cart, User customer) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!carts.markReminded(cart.userId(), cart.changedAt())) {
                return false;
            }
            String cartKey = cart.userId() + ":" + cart.changedAt().toEpochMilli();
            events.publishEvent(new CartAbandoned(cart.userId(), customer.email(), customer.fullName(),
                    cart.changedAt(), cartKey));
            return true;
        }));
    }
}
