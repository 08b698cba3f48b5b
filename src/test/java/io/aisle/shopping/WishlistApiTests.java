package io.aisle.shopping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

class WishlistApiTests extends ShoppingApiTest {

    @Test
    void keepsAProductOnceHoweverOftenItIsAddedAndShowsItsCatalogDetails() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("42.00"), 7);

        put(customer, product).expectStatus().isOk();
        put(customer, product).expectStatus().isOk();

        List<?> items = (List<?>) wishlistOf(customer).get("items");
        assertThat(items).hasSize(1);
        Map<?, ?> item = (Map<?, ?>) items.get(0);
        assertThat(item.get("productId")).isEqualTo((int) product);
        assertThat((String) item.get("name")).startsWith("Test product");
        assertThat(money(item.get("price"))).isEqualByComparingTo("42.00");
        assertThat(item.get("stock")).isEqualTo(7);
        assertThat((String) item.get("imageUrl")).isNotBlank();
        assertThat(rows(customer)).isEqualTo(1);
    }

    @Test
    void listsTheNewestFirst() {
        Customer customer = newCustomer();
        long older = newProduct(CATEGORY, new BigDecimal("1.00"), 1);
        long newer = newProduct(CATEGORY, new BigDecimal("2.00"), 1);
        put(customer, older).expectStatus().isOk();
        put(customer, newer).expectStatus().isOk();

        assertThat((List<?>) wishlistOf(customer).get("items")).extracting("productId")
                .containsExactly((int) newer, (int) older);
    }

    @Test
    void removesAProductWith204() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("3.00"), 1);
        put(customer, product).expectStatus().isOk();

        api.delete().uri("/api/v1/users/me/wishlist/{id}", product)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange()
                .expectStatus().isNoContent();

        assertThat((List<?>) wishlistOf(customer).get("items")).isEmpty();
        assertThat(rows(customer)).isZero();
    }

    @Test
    void answers404ForAProductThatDoesNotExist() {
        Customer customer = newCustomer();

        Map<?, ?> problem = problemBody(put(customer, Long.MAX_VALUE), 404);

        assertThat((String) problem.get("detail")).contains(Long.toString(Long.MAX_VALUE));
        assertThat(rows(customer)).isZero();
    }

    @Test
    void answers401WithoutAToken() {
        problemBody(api.get().uri("/api/v1/users/me/wishlist").exchange(), 401);
    }

    private RestTestClient.ResponseSpec put(Customer customer, long product) {
        return api.put().uri("/api/v1/users/me/wishlist/{id}", product)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange();
    }

    private Map<?, ?> wishlistOf(Customer customer) {
        return getJson(customer.bearer(), "/api/v1/users/me/wishlist");
    }

    private int rows(Customer customer) {
        return jdbc.sql("SELECT COUNT(*) FROM wishlist_items WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single();
    }
}
