package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

class AccountDeletionTests extends OrderingApiTest {

    @Test
    void deletingAnAccountEmptiesCartAndWishlistAndErasesTheAddressOnOrdersButKeepsThem() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("15.00"), 10);
        long order = buy(customer, product, 2);
        addToCart(customer, product, 1);
        api.put().uri("/api/v1/users/me/wishlist/{id}", product).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();

        api.method(HttpMethod.DELETE).uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("password", customer.password()))
                .exchange()
                .expectStatus().isNoContent();

        assertThat(count("SELECT COUNT(*) FROM cart_items WHERE user_id = :id", customer.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM wishlist_items WHERE user_id = :id", customer.id())).isZero();
        Map<String, Object> kept = jdbc.sql("""
                SELECT user_id, status, total, ship_full_name, ship_line1, ship_line2, ship_city, ship_postal_code,
                       ship_country
                FROM orders WHERE id = :id
                """).param("id", order).query().singleRow();
        assertThat(kept).containsEntry("status", "PAID")
                .containsEntry("ship_full_name", "[erased]")
                .containsEntry("ship_line1", "[erased]")
                .containsEntry("ship_line2", null)
                .containsEntry("ship_city", "[erased]")
                .containsEntry("ship_postal_code", "[erased]")
                .containsEntry("ship_country", "US");
        assertThat(((Number) kept.get("user_id")).longValue()).isEqualTo(customer.id());
        assertThat((BigDecimal) kept.get("total")).isEqualByComparingTo("39.99");
        assertThat(count("SELECT COUNT(*) FROM order_items WHERE order_id = :id", order)).isEqualTo(1);
    }

    @Test
    void anAccessTokenOfADeletedAccountIsRefusedAndFillsNoCartOrWishlist() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("15.00"), 10);
        api.method(HttpMethod.DELETE).uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("password", customer.password()))
                .exchange()
                .expectStatus().isNoContent();

        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "quantity", 1))
                .exchange().expectStatus().isUnauthorized();
        api.put().uri("/api/v1/users/me/wishlist/{id}", product).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isUnauthorized();

        assertThat(count("SELECT COUNT(*) FROM cart_items WHERE user_id = :id", customer.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM wishlist_items WHERE user_id = :id", customer.id())).isZero();
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }
}
