package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

/**
 * Variants through the whole sale: a product with sizes and colours is created, a customer buys one size, and only
 * that variant's stock moves; lines, orders and returns name the variant; the last unit of one variant is sold once.
 */
class VariantCheckoutTests extends OrderingApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    /** Creates a T-shirt in S and M, each in Black and White; M / Black costs more and is on sale. */
    private Map<String, Object> shirt(int stockOfEach) {
        String sku = unique("TEE").toUpperCase();
        List<Map<String, Object>> variants = new ArrayList<>();
        for (String size : List.of("S", "M")) {
            for (String colour : List.of("Black", "White")) {
                boolean special = size.equals("M") && colour.equals("Black");
                Map<String, Object> variant = new java.util.HashMap<>(Map.of("sku", sku + "-" + size + "-" + colour.charAt(0),
                        "options", List.of(size, colour), "price", special ? new BigDecimal("24.00") : new BigDecimal("20.00"),
                        "stock", stockOfEach, "weightGrams", 180));
                if (special) {
                    variant.put("compareAtPrice", new BigDecimal("30.00"));
                }
                variants.add(variant);
            }
        }
        Map<String, Object> form = Map.of("sku", sku, "name", unique("Tee"), "brand", "Testbrand", "category",
                "clothing", "description", "A shirt in sizes and colours.", "price", new BigDecimal("20.00"),
                "options", List.of("Size", "Colour"), "variants", variants);
        return api.post().uri("/api/v1/products").header(HttpHeaders.AUTHORIZATION, adminBearer()).body(form)
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> variants(long productId) {
        Map<String, Object> body = api.get().uri("/api/v1/products/{id}/variants", productId).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(body.get("options")).isEqualTo(List.of("Size", "Colour"));
        return (List<Map<String, Object>>) body.get("variants");
    }

    private static long variantWith(List<Map<String, Object>> variants, String... values) {
        return variants.stream().filter(v -> v.get("options").equals(List.of(values)))
                .mapToLong(v -> ((Number) v.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static int stockOf(List<Map<String, Object>> variants, long variantId) {
        return variants.stream().filter(v -> ((Number) v.get("id")).longValue() == variantId)
                .mapToInt(v -> ((Number) v.get("stock")).intValue()).findFirst().orElseThrow();
    }

    @Test
    void aProductWithOptionsListsFromItsLowestPriceWithTheSaleAndSumsItsStock() {
        Map<String, Object> shirt = shirt(3);

        assertThat(new BigDecimal(shirt.get("price").toString())).isEqualByComparingTo("20.00");
        assertThat(new BigDecimal(shirt.get("maxPrice").toString())).isEqualByComparingTo("24.00");
        assertThat(shirt.get("stock")).isEqualTo(12);
        assertThat(shirt.get("compareAtPrice")).as("the cheapest variant is not on sale").isNull();
        assertThat(variants(id(shirt))).hasSize(4).allSatisfy(v -> assertThat(v.get("stock")).isEqualTo(3));
    }

    @Test
    void buyingASizeTakesStockFromThatVariantOnlyAndTheOrderNamesIt() {
        Map<String, Object> shirt = shirt(3);
        long product = id(shirt);
        long mediumBlack = variantWith(variants(product), "M", "Black");
        Customer customer = newCustomer();

        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "variantId", mediumBlack, "quantity", 2)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].variantId").isEqualTo(mediumBlack)
                .jsonPath("$.items[0].variantTitle").isEqualTo("M / Black")
                .jsonPath("$.items[0].unitPrice").isEqualTo(24.0)
                .jsonPath("$.subtotal").isEqualTo(48.0);
        Map<?, ?> order = placeOrder(customer);

        List<?> items = (List<?>) order.get("items");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(((Map<?, ?>) item).get("variantTitle")).isEqualTo("M / Black");
            assertThat(((Map<?, ?>) item).get("sku")).asString().endsWith("-M-B");
        });
        List<Map<String, Object>> after = variants(product);
        assertThat(stockOf(after, mediumBlack)).isEqualTo(1);
        assertThat(after.stream().filter(v -> ((Number) v.get("id")).longValue() != mediumBlack))
                .allSatisfy(v -> assertThat(v.get("stock")).isEqualTo(3));
        assertThat(api.get().uri("/api/v1/products/{id}", product).exchange().expectBody(JSON).returnResult()
                .getResponseBody().get("stock")).isEqualTo(10);
    }

    @Test
    void aProductWithSeveralVariantsCannotGoInTheCartWithoutOne() {
        long product = id(shirt(3));
        Customer customer = newCustomer();

        expectProblem(api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "quantity", 1)).exchange(), 400)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("variants"));
        long other = newProduct("sports", new BigDecimal("5.00"), 3);
        long othersVariant = ((Number) ((List<Map<String, Object>>) api.get().uri("/api/v1/products/{id}/variants", other)
                .exchange().expectBody(JSON).returnResult().getResponseBody().get("variants")).get(0).get("id")).longValue();
        expectProblem(api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "variantId", othersVariant, "quantity", 1)).exchange(), 400);
    }

    @Test
    void twoSizesOfOneProductAreTwoLinesAndEachCanBeReturned() {
        long product = id(shirt(3));
        List<Map<String, Object>> variants = variants(product);
        long small = variantWith(variants, "S", "White");
        long medium = variantWith(variants, "M", "White");
        Customer customer = newCustomer();
        for (long variant : List.of(small, medium)) {
            api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                    .body(Map.of("productId", product, "variantId", variant, "quantity", 1)).exchange().expectStatus().isOk();
        }
        // removing one variant leaves the other
        api.delete().uri("/api/v1/cart/items/{id}?variantId={v}", product, small)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].variantId").isEqualTo(medium);
        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "variantId", small, "quantity", 1)).exchange().expectStatus().isOk();

        Map<?, ?> order = placeOrder(customer);
        assertThat((List<?>) order.get("items")).hasSize(2);
        long orderId = id(order);
        jdbc.sql("UPDATE orders SET status = 'DELIVERED', delivered_at = UTC_TIMESTAMP(6) WHERE id = :id")
                .param("id", orderId).update();

        // a return must say which size comes back
        expectProblem(api.post().uri("/api/v1/orders/{id}/returns", orderId).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("lines", List.of(Map.of("productId", product, "quantity", 1)), "reason", "WRONG_SIZE"))
                .exchange(), 400);
        api.post().uri("/api/v1/orders/{id}/returns", orderId).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("lines", List.of(Map.of("productId", product, "variantId", small, "quantity", 1)),
                        "reason", "WRONG_SIZE"))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.lines[0].variantId").isEqualTo(small)
                .jsonPath("$.lines[0].name").value(String.class, name -> assertThat(name).endsWith("(S / White)"));
    }

    @Test
    void theLastUnitOfOneVariantIsSoldOnceWhileItsSiblingsStayOnSale() throws Exception {
        long product = id(shirt(1));
        List<Map<String, Object>> variants = variants(product);
        long last = variantWith(variants, "S", "Black");
        List<Customer> buyers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Customer buyer = newCustomer();
            api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, buyer.bearer())
                    .body(Map.of("productId", product, "variantId", last, "quantity", 1)).exchange().expectStatus().isOk();
            buyers.add(buyer);
        }

        List<Integer> statuses = Concurrently.statuses(buyers.size(), i -> checkout(buyers.get(i), Map.of("shippingAddress", ADDRESS)));

        assertThat(Collections.frequency(statuses, 201)).isEqualTo(1);
        assertThat(statuses).allMatch(status -> status == 201 || status == 409);
        List<Map<String, Object>> after = variants(product);
        assertThat(stockOf(after, last)).isZero();
        assertThat(after.stream().filter(v -> ((Number) v.get("id")).longValue() != last))
                .allSatisfy(v -> assertThat(v.get("stock")).isEqualTo(1));
        assertThat(jdbc.sql("SELECT stock FROM products WHERE id = :id").param("id", product).query(Integer.class).single())
                .as("the product's sum follows its variants").isEqualTo(3);
    }

    @Test
    void aGuestBuysAVariantByNamingItAndMustNameOne() {
        long product = id(shirt(2));
        long small = variantWith(variants(product), "S", "Black");
        String email = unique("variant-guest") + "@example.com";

        expectProblem(api.post().uri("/api/v1/checkout/guest").body(Map.of("email", email,
                "items", List.of(Map.of("productId", product, "quantity", 1)), "shippingAddress", ADDRESS)).exchange(), 400);
        api.post().uri("/api/v1/checkout/guest").body(Map.of("email", email,
                        "items", List.of(Map.of("productId", product, "variantId", small, "quantity", 2)),
                        "shippingAddress", ADDRESS))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.order.items[0].variantTitle").isEqualTo("S / Black");
        assertThat(stockOf(variants(product), small)).isZero();
    }

    @Test
    void unitsOfACancelledOrderGoBackToTheirVariantAndOnlyVariantsForSaleCountInTheProductsStock() {
        Map<String, Object> shirt = shirt(3);
        long product = id(shirt);
        List<Map<String, Object>> variants = variants(product);
        long mediumBlack = variantWith(variants, "M", "Black");
        Customer customer = newCustomer();
        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "variantId", mediumBlack, "quantity", 2)).exchange().expectStatus().isOk();
        long order = id(placeOrder(customer));

        // the admin takes M / Black out of sale while the order is open
        List<Map<String, Object>> kept = variants.stream().filter(v -> ((Number) v.get("id")).longValue() != mediumBlack)
                .map(v -> Map.<String, Object>of("sku", v.get("sku"), "options", v.get("options"), "price", v.get("price")))
                .toList();
        api.put().uri("/api/v1/products/{id}", product).header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("sku", shirt.get("sku"), "name", shirt.get("name"), "brand", "Testbrand", "category",
                        "clothing", "description", "A shirt in sizes and colours.", "price", new BigDecimal("20.00"),
                        "options", List.of("Size", "Colour"), "variants", kept))
                .exchange().expectStatus().isOk();
        api.post().uri("/api/v1/orders/{id}/cancel", order).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();

        assertThat(jdbc.sql("SELECT stock FROM product_variants WHERE id = :id").param("id", mediumBlack)
                .query(Integer.class).single()).as("the units are back with their variant").isEqualTo(3);
        assertThat(jdbc.sql("SELECT stock FROM products WHERE id = :id").param("id", product).query(Integer.class).single())
                .as("the three variants for sale, 3 each").isEqualTo(9);
    }
}
