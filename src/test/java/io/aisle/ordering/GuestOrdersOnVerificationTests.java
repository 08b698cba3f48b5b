package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.PublishedEvents;
import io.aisle.identity.EmailVerificationRequested;
import io.aisle.identity.EmailVerified;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;

/**
 * Guest orders join the account whose owner proves the address they were placed with: at verification, not at
 * sign-up (an unverified sign-up with someone's address must not see their orders), and never someone else's.
 */
class GuestOrdersOnVerificationTests extends OrderingApiTest {

    @Autowired
    private ApplicationEventPublisher publisher;

    @RegisterExtension
    final PublishedEvents events = new PublishedEvents();

    @Test
    void guestOrdersWithTheAddressJoinTheAccountWhenItIsVerifiedAndNotBefore() {
        long product = newProduct(CATEGORY, new BigDecimal("8.00"), 20);
        String email = unique("guest") + "@example.com";
        long first = placeAsGuest(email.toUpperCase(), product);
        long second = placeAsGuest(email, product);
        long someoneElses = placeAsGuest(unique("other") + "@example.com", product);

        Customer customer = register(email);
        assertThat(ownerOf(first)).isNull();
        assertThat(myOrderIds(customer)).isEmpty();

        verify(customer);

        assertThat(ownerOf(first)).isEqualTo(customer.id());
        assertThat(ownerOf(second)).isEqualTo(customer.id());
        assertThat(ownerOf(someoneElses)).isNull();
        assertThat(myOrderIds(customer)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void movingIsIdempotentAndNeverTakesAnOrderFromAnAccount() {
        long product = newProduct(CATEGORY, new BigDecimal("8.00"), 20);
        String email = unique("guest") + "@example.com";
        long order = placeAsGuest(email, product);
        Customer customer = register(email);
        verify(customer);
        Customer intruder = newCustomer();

        // the same news again, or an (impossible) second account claiming the address: the order stays where it is
        publisher.publishEvent(new EmailVerified(customer.id(), email));
        publisher.publishEvent(new EmailVerified(intruder.id(), email.toUpperCase()));

        assertThat(ownerOf(order)).isEqualTo(customer.id());
        assertThat(myOrderIds(intruder)).isEmpty();
    }

    private long placeAsGuest(String email, long product) {
        Map<?, ?> placed = api.post().uri("/api/v1/checkout/guest")
                .body(Map.of("email", email, "items", List.of(Map.of("productId", product, "quantity", 1)),
                        "shippingAddress", ADDRESS))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return id((Map<?, ?>) placed.get("order"));
    }

    private Customer register(String email) {
        String password = "correct-horse-battery";
        api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", email, "password", password, "fullName", "Guest Who Signed Up"))
                .exchange().expectStatus().isCreated();
        Map<?, ?> tokens = login(email, password);
        long id = jdbc.sql("SELECT id FROM users WHERE email = :email").param("email", email).query(Long.class).single();
        return new Customer(id, email, password, (String) tokens.get("accessToken"), (String) tokens.get("refreshToken"));
    }

    /** Follows the verification link the customer got at sign-up. */
    private void verify(Customer customer) {
        List<EmailVerificationRequested> links = events.of(EmailVerificationRequested.class).stream()
                .filter(event -> event.userId() == customer.id()).toList();
        api.post().uri("/api/v1/auth/verify-email").body(Map.of("token", links.get(links.size() - 1).token()))
                .exchange().expectStatus().isNoContent();
    }

    private Long ownerOf(long orderId) {
        long owner = jdbc.sql("SELECT COALESCE(user_id, 0) FROM orders WHERE id = :id").param("id", orderId)
                .query(Long.class).single();
        return owner == 0 ? null : owner;
    }

    private List<Long> myOrderIds(Customer customer) {
        Map<?, ?> page = getJson(customer.bearer(), "/api/v1/orders");
        return ((List<?>) page.get("content")).stream().map(order -> id((Map<?, ?>) order)).toList();
    }
}
