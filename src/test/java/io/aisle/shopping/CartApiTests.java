package io.aisle.shopping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class CartApiTests extends ShoppingApiTest {

    @Autowired
    CartService carts;

    @Autowired
    ApplicationEvents events;

    @Test
    void showsANewCustomerAnEmptyCart() {
        Map<?, ?> cart = cartOf(newCustomer());

        assertThat((List<?>) cart.get("items")).isEmpty();
        assertThat(cart.get("itemCount")).isEqualTo(0);
        assertThat(money(cart.get("subtotal"))).isEqualByComparingTo("0");
    }

    @Test
    void addsUpUnitsOfTheSameProductAndPricesTheCartFromTheCatalog() {
        Customer customer = newCustomer();
        long shoes = newProduct(CATEGORY, new BigDecimal("12.50"), 20);
        long ball = newProduct(CATEGORY, new BigDecimal("7.25"), 20);

        addToCart(customer, shoes, 2);
        addToCart(customer, ball, 1);
        Map<?, ?> cart = addToCart(customer, shoes, 3);

        List<?> items = (List<?>) cart.get("items");
        assertThat(items).hasSize(2);
        Map<?, ?> first = (Map<?, ?>) items.get(0);
        assertThat(first.get("productId")).isEqualTo((int) shoes);
        assertThat(first.get("quantity")).isEqualTo(5);
        assertThat(money(first.get("unitPrice"))).isEqualByComparingTo("12.50");
        assertThat(money(first.get("lineTotal"))).isEqualByComparingTo("62.50");
        assertThat(first.get("stock")).isEqualTo(20);
        assertThat((String) first.get("name")).startsWith("Test product");
        assertThat((String) first.get("imageUrl")).isNotBlank();
        assertThat(cart.get("itemCount")).isEqualTo(6);
        assertThat(money(cart.get("subtotal"))).isEqualByComparingTo("69.75");
        assertThat(cartOf(customer)).isEqualTo(cart);
    }

    @Test
    void setsTheQuantityOfALine() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("3.00"), 10);
        addToCart(customer, product, 4);

        api.put().uri("/api/v1/cart/items/{id}", product)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("quantity", 2))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].quantity").isEqualTo(2)
                .jsonPath("$.subtotal").isEqualTo(6.0);
    }

    @Test
    void removesALineAndClearsTheWholeCart() {
        Customer customer = newCustomer();
        long kept = newProduct(CATEGORY, new BigDecimal("1.00"), 10);
        long removed = newProduct(CATEGORY, new BigDecimal("2.00"), 10);
        addToCart(customer, kept, 1);
        addToCart(customer, removed, 1);

        api.delete().uri("/api/v1/cart/items/{id}", removed)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].productId").isEqualTo(kept);
        api.delete().uri("/api/v1/cart")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items").isEmpty()
                .jsonPath("$.itemCount").isEqualTo(0);
        assertThat(cartRows(customer)).isZero();
    }

    @Test
    void refusesQuantitiesOutsideOneTo99With400() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("1.00"), 500);

        for (int quantity : new int[] {0, -1, 100}) {
            problemBody(api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                    .body(Map.of("productId", product, "quantity", quantity)).exchange(), 400);
            problemBody(api.put().uri("/api/v1/cart/items/{id}", product)
                    .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                    .body(Map.of("quantity", quantity)).exchange(), 400);
        }
        assertThat(cartRows(customer)).isZero();
    }

    @Test
    void refusesToAddUnitsThatWouldTakeALinePast99With400() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("1.00"), 500);
        addToCart(customer, product, 60);

        Map<?, ?> problem = problemBody(api.post().uri("/api/v1/cart/items")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "quantity", 40)).exchange(), 400);

        assertThat((String) problem.get("detail")).contains("at most 99").contains("already have 60");
        assertThat(cartOf(customer)).extracting("itemCount").isEqualTo(60);
    }

    @Test
    void answers409NamingTheProductWhenTheLineWouldHoldMoreThanTheStock() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 3);
        String name = productName(product);
        addToCart(customer, product, 2);

        Map<?, ?> problem = problemBody(api.post().uri("/api/v1/cart/items")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "quantity", 2)).exchange(), 409);

        assertThat(problem.get("detail")).isEqualTo("Only 3 of " + name + " left in stock; 4 requested.");
        assertThat(problem.get("productId")).isEqualTo((int) product);
        assertThat(cartOf(customer)).extracting("itemCount").isEqualTo(2);
    }

    @Test
    void saysPlainlyWhenAProductIsOutOfStock() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 0);

        Map<?, ?> problem = problemBody(api.put().uri("/api/v1/cart/items/{id}", product)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("quantity", 1)).exchange(), 409);

        assertThat(problem.get("detail")).isEqualTo(productName(product) + " is out of stock.");
    }

    @Test
    void answers404ForAProductThatDoesNotExist() {
        Customer customer = newCustomer();

        problemBody(api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", Long.MAX_VALUE, "quantity", 1)).exchange(), 404);
        problemBody(api.put().uri("/api/v1/cart/items/{id}", Long.MAX_VALUE)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("quantity", 1)).exchange(), 404);
    }

    @Test
    void leavesProductsDeletedFromTheCatalogOutOfTheCart() {
        Customer customer = newCustomer();
        long kept = newProduct(CATEGORY, new BigDecimal("4.00"), 10);
        long deleted = newProduct(CATEGORY, new BigDecimal("6.00"), 10);
        addToCart(customer, kept, 1);
        addToCart(customer, deleted, 1);

        api.delete().uri("/api/v1/products/{id}", deleted).header(HttpHeaders.AUTHORIZATION, adminBearer())
                .exchange().expectStatus().isNoContent();

        Map<?, ?> cart = cartOf(customer);
        assertThat((List<?>) cart.get("items")).singleElement().extracting("productId").isEqualTo((int) kept);
        assertThat(money(cart.get("subtotal"))).isEqualByComparingTo("4.00");
    }

    @Test
    void answers401WithoutAToken() {
        problemBody(api.get().uri("/api/v1/cart").exchange(), 401);
        problemBody(api.post().uri("/api/v1/cart/items").body(Map.of("productId", 1, "quantity", 1)).exchange(), 401);
    }

    @Test
    void publishesAddedAndRemovedEventsForTheTrackingModule() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("1.00"), 10);

        carts.add(customer.id(), product, 2);
        carts.set(customer.id(), product, 5);
        carts.set(customer.id(), product, 1);
        carts.remove(customer.id(), product);

        assertThat(events.stream(CartItemAdded.class)).containsExactly(
                new CartItemAdded(customer.id(), product, 2), new CartItemAdded(customer.id(), product, 3));
        assertThat(events.stream(CartItemRemoved.class)).containsExactly(new CartItemRemoved(customer.id(), product));
    }

    private int cartRows(Customer customer) {
        return jdbc.sql("SELECT COUNT(*) FROM cart_items WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single();
    }

    private String productName(long productId) {
        return (String) getJson(null, "/api/v1/products/{id}", productId).get("name");
    }
}
