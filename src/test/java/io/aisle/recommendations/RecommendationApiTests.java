package io.aisle.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ordering.OrderingApiTest;
import io.aisle.tracking.BehaviorTracker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

/**
 * "Customers also bought" from hand-made orders, its fallback to the nearest products in meaning, and
 * "recommended for you" from nothing but the customer's own views, wishlist and orders.
 */
class RecommendationApiTests extends OrderingApiTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };
    private static final List<String> DRINKWARE = List.of("CTG-WLOOP2-16", "THM-SK2010-40", "YTI-RAM20-MAG",
            "STN-QNCH-H2-40", "HYF-WM32-FLEX");

    @Autowired
    private BehaviorTracker tracker;

    private final List<Long> created = new ArrayList<>();

    /** Products of these tests are deleted afterwards, so that they never crowd the seed catalog out of searches. */
    @AfterEach
    void deleteCreatedProducts() {
        String admin = adminBearer();
        created.forEach(id -> api.delete().uri("/api/v1/products/{id}", id).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange());
    }

    @Override
    protected long newProduct(String category, String brand, String name, BigDecimal price, int stock) {
        long id = super.newProduct(category, brand, name, price, stock);
        created.add(id);
        return id;
    }

    @Test
    void ranksProductsBoughtTogetherBySharedOrdersAndLeavesOutSoldOutOnes() {
        long a = newProduct("sports", new BigDecimal("20.00"), 50);
        long b = newProduct("sports", new BigDecimal("20.00"), 50);
        long c = newProduct("sports", new BigDecimal("20.00"), 50);
        long soldOut = newProduct("sports", new BigDecimal("20.00"), 1);
        Customer first = newCustomer();
        addToCart(first, a, 1);
        addToCart(first, b, 1);
        placeOrder(first);
        Customer second = newCustomer();
        addToCart(second, a, 1);
        addToCart(second, b, 1);
        addToCart(second, c, 1);
        addToCart(second, soldOut, 1);
        placeOrder(second);

        List<Map<String, Object>> related = related(a, 8);

        assertThat(ids(related).subList(0, 2)).containsExactly(b, c);
        assertThat(reasons(related).subList(0, 2)).containsOnly("BOUGHT_TOGETHER");
        assertThat(ids(related)).doesNotContain(a, soldOut);
        assertThat(reasons(related).subList(2, related.size())).containsOnly("SIMILAR");
    }

    @Test
    void aCancelledOrderIsNotBoughtTogether() {
        long a = newProduct("sports", new BigDecimal("20.00"), 50);
        long b = newProduct("sports", new BigDecimal("20.00"), 50);
        Customer customer = newCustomer();
        addToCart(customer, a, 1);
        addToCart(customer, b, 1);
        long order = id(placeOrder(customer));
        api.post().uri("/api/v1/orders/{id}/cancel", order).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();

        assertThat(reasons(related(a, 8))).doesNotContain("BOUGHT_TOGETHER");
    }

    @Test
    void aProductNobodyBoughtGetsItsNearestProductsInMeaning() {
        long mug = newProduct("home-garden", "Testbrand", "Vacuum insulated travel mug for hot coffee " + unique("m"),
                new BigDecimal("25.00"), 5);

        List<Map<String, Object>> related = related(mug, 8);

        assertThat(related).isNotEmpty();
        assertThat(reasons(related)).containsOnly("SIMILAR");
        assertThat(ids(related)).doesNotContain(mug);
        assertThat(seededSkus(related)).containsAnyElementsOf(DRINKWARE);
    }

    @Test
    void answersAnUnknownProductWith404AndABadLimitWith400() {
        expectProblem(api.get().uri("/api/v1/products/{id}/related", Long.MAX_VALUE).exchange(), 404);
        expectProblem(api.get().uri("/api/v1/products/{id}/related?limit=0", seeded("THM-SK2010-40")).exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/{id}/related?limit=25", seeded("THM-SK2010-40")).exchange(), 400);
    }

    @Test
    void personalRecommendationsNeedASignedInCustomer() {
        expectProblem(api.get().uri("/api/v1/users/me/recommendations").exchange(), 401);
    }

    @Test
    void recommendsFromTheCustomersOwnViewsWishlistAndOrdersOnly() {
        Customer coffee = newCustomer();
        long bottle = seeded("THM-SK2010-40");
        long tumbler = newProduct("home-garden", "Testbrand", "Insulated stainless steel coffee tumbler " + unique("t"),
                new BigDecimal("30.00"), 5);
        wishlist(coffee, bottle);
        view(coffee, seeded("CTG-WLOOP2-16"));
        buy(coffee, tumbler, 1);
        Customer reader = newCustomer();
        wishlist(reader, seeded("BK-HERBERT-DUNE"));
        view(reader, seeded("BK-WEIR-PHM"));
        tracker.flush();

        List<Map<String, Object>> forCoffee = mine(coffee);
        List<Map<String, Object>> forReader = mine(reader);

        assertThat(seededSkus(forCoffee).subList(0, 3)).containsAnyElementsOf(DRINKWARE);
        assertThat(ids(forCoffee)).doesNotContain(bottle, tumbler, seeded("CTG-WLOOP2-16"));
        assertThat(reasons(forCoffee)).containsOnly("FOR_YOU");
        assertThat(categories(forReader).subList(0, 3)).containsOnly("books");
        assertThat(skus(forReader)).doesNotContain("BK-HERBERT-DUNE", "BK-WEIR-PHM");
        assertThat(mine(newCustomer())).isEmpty();
    }

    private List<Map<String, Object>> related(long productId, int limit) {
        return api.get().uri("/api/v1/products/{id}/related?limit={limit}", productId, limit).exchange()
                .expectStatus().isOk()
                .expectBody(LIST).returnResult().getResponseBody();
    }

    private List<Map<String, Object>> mine(Customer customer) {
        return api.get().uri("/api/v1/users/me/recommendations?limit=10")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody(LIST).returnResult().getResponseBody();
    }

    private void wishlist(Customer customer, long productId) {
        api.put().uri("/api/v1/users/me/wishlist/{id}", productId).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();
    }

    private void view(Customer customer, long productId) {
        api.get().uri("/api/v1/products/{id}", productId).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();
    }

    private long seeded(String sku) {
        return jdbc.sql("SELECT id FROM products WHERE sku = :sku").param("sku", sku).query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> products(List<Map<String, Object>> recommendations) {
        return recommendations.stream().map(r -> (Map<String, Object>) r.get("product")).toList();
    }

    private static List<Long> ids(List<Map<String, Object>> recommendations) {
        return products(recommendations).stream().map(p -> ((Number) p.get("id")).longValue()).toList();
    }

    private static List<String> skus(List<Map<String, Object>> recommendations) {
        return products(recommendations).stream().map(p -> (String) p.get("sku")).toList();
    }

    /** The SKUs of the seed catalog's products among these (tests' products have SKUs "SKU-…"). */
    private static List<String> seededSkus(List<Map<String, Object>> recommendations) {
        return skus(recommendations).stream().filter(sku -> !sku.startsWith("SKU-")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> categories(List<Map<String, Object>> recommendations) {
        return products(recommendations).stream().map(p -> (String) ((Map<String, Object>) p.get("category")).get("slug")).toList();
    }

    private static List<String> reasons(List<Map<String, Object>> recommendations) {
        return recommendations.stream().map(r -> (String) r.get("reason")).toList();
    }
}
