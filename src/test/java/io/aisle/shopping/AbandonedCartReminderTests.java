package io.aisle.shopping;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.PublishedEvents;
import io.aisle.identity.CartReminderSubscribers;
import io.aisle.identity.EmailVerificationRequested;
import io.aisle.platform.Concurrently;
import io.aisle.shopping.data.CartStateRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reminders of carts left alone: only for customers who asked (with a verified address), only after the idle time,
 * and once per cart state however often and on however many instances the search runs.
 */
class AbandonedCartReminderTests extends ShoppingApiTest {

    @RegisterExtension
    final PublishedEvents events = new PublishedEvents();

    @Autowired
    private AbandonedCartReminders reminders;

    @Test
    void remindsOnceOfACartLeftLongerThanTheIdleTimeAndAgainAfterItChanged() {
        Customer customer = optedIn(verified(newCustomer()));
        long product = newProduct(CATEGORY, new BigDecimal("9.00"), 10);
        addToCart(customer, product, 1);

        reminders.remind();
        assertThat(remindersOf(customer)).isEmpty(); // not idle long enough yet

        LocalDateTime lastChange = leftAlone(customer, Duration.ofHours(5));
        reminders.remind();
        reminders.remind();

        assertThat(remindersOf(customer)).singleElement().satisfies(reminder -> {
            assertThat(reminder.email()).isEqualTo(customer.email());
            assertThat(reminder.name()).isEqualTo("Test Customer");
            assertThat(reminder.lastChange()).isEqualTo(lastChange.toInstant(java.time.ZoneOffset.UTC));
            assertThat(reminder.cartKey()).isEqualTo(customer.id() + ":" + reminder.lastChange().toEpochMilli());
        });

        addToCart(customer, product, 1);
        reminders.remind();
        assertThat(remindersOf(customer)).hasSize(1);
        leftAlone(customer, Duration.ofHours(5));
        reminders.remind();
        assertThat(remindersOf(customer)).hasSize(2);
        assertThat(remindersOf(customer).get(1).cartKey()).isNotEqualTo(remindersOf(customer).get(0).cartKey());
    }

    @Test
    void twoInstancesSearchingAtOnceRemindOnce() throws Exception {
        Customer customer = optedIn(verified(newCustomer()));
        addToCart(customer, newProduct(CATEGORY, new BigDecimal("9.00"), 10), 2);
        leftAlone(customer, Duration.ofHours(5));

        Concurrently.results(2, index -> reminders.remind());

        assertThat(remindersOf(customer)).hasSize(1);
    }

    @Test
    void remindsOnlyCustomersWhoAskedWithAVerifiedAddressAndACartWithItems() {
        long product = newProduct(CATEGORY, new BigDecimal("9.00"), 10);
        Customer didNotAsk = verified(newCustomer());
        Customer unverified = optedIn(newCustomer());
        Customer emptied = optedIn(verified(newCustomer()));
        Customer changedTheirMind = optedIn(verified(newCustomer()));
        for (Customer customer : List.of(didNotAsk, unverified, emptied, changedTheirMind)) {
            addToCart(customer, product, 1);
        }
        api.delete().uri("/api/v1/cart/items/{id}", product).header(HttpHeaders.AUTHORIZATION, emptied.bearer())
                .exchange().expectStatus().is2xxSuccessful();
        setReminders(changedTheirMind, false);
        for (Customer customer : List.of(didNotAsk, unverified, emptied, changedTheirMind)) {
            leftAlone(customer, Duration.ofHours(5));
        }

        reminders.remind();

        for (Customer customer : List.of(didNotAsk, unverified, emptied, changedTheirMind)) {
            assertThat(remindersOf(customer)).isEmpty();
        }
    }

    @Test
    void anIdleTimeOfZeroTurnsRemindersOff(@Autowired CartStateRepository carts,
            @Autowired CartReminderSubscribers subscribers, @Autowired ApplicationEventPublisher publisher,
            @Autowired TransactionOperations transactions, @Autowired Clock clock) {
        Customer customer = optedIn(verified(newCustomer()));
        addToCart(customer, newProduct(CATEGORY, new BigDecimal("9.00"), 10), 1);
        leftAlone(customer, Duration.ofDays(2));
        var off = new AbandonedCartReminders(carts, subscribers, publisher, transactions,
                new ShoppingProperties(new ShoppingProperties.AbandonedCart(Duration.ZERO, null)), clock);

        assertThat(off.remind()).isZero();
        assertThat(remindersOf(customer)).isEmpty();
    }

    /** Moves the cart's last change back by {@code idle}, as if the customer had left it then; answers it. */
    private LocalDateTime leftAlone(Customer customer, Duration idle) {
        jdbc.sql("UPDATE carts SET changed_at = changed_at - INTERVAL :seconds SECOND WHERE user_id = :id")
                .param("seconds", idle.toSeconds()).param("id", customer.id()).update();
        return jdbc.sql("SELECT changed_at FROM carts WHERE user_id = :id").param("id", customer.id())
                .query(LocalDateTime.class).single();
    }

    private Customer verified(Customer customer) {
        String token = events.of(EmailVerificationRequested.class).stream()
                .filter(event -> event.userId() == customer.id()).findFirst().orElseThrow().token();
        api.post().uri("/api/v1/auth/verify-email").body(Map.of("token", token)).exchange()
                .expectStatus().isNoContent();
        return customer;
    }

    private Customer optedIn(Customer customer) {
        setReminders(customer, true);
        return customer;
    }

    private void setReminders(Customer customer, boolean on) {
        Map<?, ?> me = api.patch().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("cartReminders", on)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(me.get("cartReminders")).isEqualTo(on);
    }

    private List<CartAbandoned> remindersOf(Customer customer) {
        return events.of(CartAbandoned.class).stream().filter(event -> event.userId() == customer.id()).toList();
    }
}
