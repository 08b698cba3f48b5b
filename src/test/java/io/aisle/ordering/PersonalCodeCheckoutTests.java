package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.promotions.PersonalCode;
import io.aisle.promotions.PersonalCodes;
import io.aisle.promotions.PersonalOffer;
import io.aisle.promotions.PromotionKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * A personal code belongs to an account, not to an e-mail text: a guest who types the owner's address gets nothing
 * (neither a quote nor an order), the signed-in owner gets the discount, and keeps it after changing their address.
 */
class PersonalCodeCheckoutTests extends OrderingApiTest {

    @Autowired
    private PersonalCodes codes;

    @Test
    void aGuestWithTheOwnersEmailIsRefusedAsNotYoursAndTheSignedInOwnerGetsTheDiscount() {
        long product = newProduct(CATEGORY, new BigDecimal("40.00"), 10);
        Customer owner = newCustomer();
        PersonalCode code = codes.issue(new PersonalOffer("test-" + UUID.randomUUID(), "We miss you", owner.id(),
                PromotionKind.PERCENTAGE, new BigDecimal("15"), Instant.now().plus(Duration.ofDays(7))),
                codes.newCode("BACK"));
        Map<String, Object> items = Map.of("items", List.of(Map.of("productId", product, "quantity", 1)));

        Map<?, ?> guest = problemBody(api.post().uri("/api/v1/checkout/guest").body(Map.of("email", owner.email(),
                "items", items.get("items"), "shippingAddress", ADDRESS, "promotionCode", code.code())).exchange(), 400);
        assertThat(guest.get("reason")).isEqualTo("NOT_YOURS");
        Map<?, ?> guestQuote = problemBody(api.post().uri("/api/v1/checkout/guest/quote").body(Map.of("email",
                owner.email(), "items", items.get("items"), "promotionCode", code.code())).exchange(), 400);
        assertThat(guestQuote.get("reason")).isEqualTo("NOT_YOURS");
        assertThat(stockInDatabase(product)).isEqualTo(10);

        // the owner changes their address: the code is still theirs
        jdbc.sql("UPDATE users SET email = :email WHERE id = :id").param("email", "new-" + owner.email())
                .param("id", owner.id()).update();
        addToCart(owner, product, 1);
        Map<?, ?> order = checkout(owner, Map.of("shippingAddress", ADDRESS, "promotionCode", code.code()))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(money(order.get("discountTotal"))).isEqualByComparingTo("6.00");
        assertThat(codes.redeemedAt(List.of(code.promotionId()))).containsOnlyKeys(code.promotionId());
    }
}
