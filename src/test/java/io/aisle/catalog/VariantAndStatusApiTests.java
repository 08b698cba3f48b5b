package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Options, variants and the draft / active / archived status with scheduled publishing, through the admin API. */
class VariantAndStatusApiTests extends CatalogApiTest {

    private static Map<String, Object> variant(String sku, String price, int stock, String... options) {
        return new HashMap<>(Map.of("sku", sku, "options", List.of(options), "price", new BigDecimal(price), "stock", stock));
    }

    private static Map<String, Object> withSizes(String sku, Object... variants) {
        return productForm("sku", sku, "category", "clothing", "options", List.of("Size"), "variants", List.of(variants));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> variantsAsAdmin(long id) {
        return (List<Map<String, Object>>) api.get().uri("/api/v1/products/{id}/variants", id)
                .header(HttpHeaders.AUTHORIZATION, admin()).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody().get("variants");
    }

    @Test
    void aProductWithoutOptionsIsSoldAsOneDefaultVariantWithItsOwnSkuAndStock() {
        Map<String, Object> form = productForm("stock", 4, "price", new BigDecimal("12.50"));
        long id = createProduct(form.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());

        assertThat(variantsAsAdmin(id)).singleElement().satisfies(v -> {
            assertThat(v.get("sku")).isEqualTo(form.get("sku"));
            assertThat(v.get("options")).isEqualTo(List.of());
            assertThat(v.get("stock")).isEqualTo(4);
            assertThat(new BigDecimal(v.get("price").toString())).isEqualByComparingTo("12.50");
        });
        // an edit without variants changes the one variant's price, as before variants existed
        put(id, productForm("sku", form.get("sku"), "price", new BigDecimal("14.00"))).expectStatus().isOk();
        assertThat(new BigDecimal(variantsAsAdmin(id).get(0).get("price").toString())).isEqualByComparingTo("14.00");
        assertThat(product(id).get("stock")).isEqualTo(4);
    }

    @Test
    void anEditKeepsVariantsBySkuAndTheirStockAddsNewOnesAndTakesOutTheOnesLeftOut() {
        String sku = unique("JEAN").toUpperCase();
        long id = createProduct(withSizes(sku, variant(sku + "-30", "50.00", 5, "30"), variant(sku + "-32", "50.00", 6, "32"))
                .entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());

        put(id, withSizes(sku, variant(sku + "-32", "55.00", 99, "32"), variant(sku + "-34", "52.00", 2, "34")))
                .expectStatus().isOk();

        List<Map<String, Object>> now = variantsAsAdmin(id);
        assertThat(now).extracting(v -> v.get("sku")).containsExactly(sku + "-32", sku + "-34");
        assertThat(now.get(0).get("stock")).as("stock of a kept variant moves only by adjustments").isEqualTo(6);
        assertThat(now.get(1).get("stock")).isEqualTo(2);
        Map<String, Object> product = product(id);
        assertThat(product.get("stock")).isEqualTo(8);
        assertThat(new BigDecimal(product.get("price").toString())).isEqualByComparingTo("52.00");
        assertThat(new BigDecimal(product.get("maxPrice").toString())).isEqualByComparingTo("55.00");
    }

    @Test
    void refusesVariantsThatDoNotFitTheOptionsOrRepeatACombinationOrASku() {
        String sku = unique("BAD").toUpperCase();
        expectProblem(postProduct(withSizes(sku, variant(sku + "-1", "5.00", 1, "S", "Red"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("variants[0].options");
        expectProblem(postProduct(withSizes(sku, variant(sku + "-1", "5.00", 1, "S"), variant(sku + "-2", "5.00", 1, "s"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("variants[1].options");
        expectProblem(postProduct(withSizes(sku, variant(sku + "-1", "5.00", 1, "S"), variant(sku + "-1", "5.00", 1, "M"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("variants[1].sku");
        Map<String, Object> sale = variant(sku + "-1", "5.00", 1, "S");
        sale.put("compareAtPrice", new BigDecimal("4.00"));
        expectProblem(postProduct(withSizes(sku, sale)), 400).jsonPath("$.errors[0].field").isEqualTo("variants[0].compareAtPrice");
        expectProblem(postProduct(productForm("sku", sku, "options", List.of("Size"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("variants");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE sku = :sku").param("sku", sku).query(Integer.class).single())
                .as("nothing half-created").isZero();
    }

    @Test
    void aVariantSkuThatAnotherProductUsesIsAConflict() {
        long other = createProduct();
        String taken = (String) product(other).get("sku");
        String sku = unique("DUP").toUpperCase();

        expectProblem(postProduct(withSizes(sku, variant(taken, "5.00", 1, "S"))), 409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE sku = :sku").param("sku", sku).query(Integer.class).single())
                .isZero();
    }

    @Test
    void draftsAndArchivedProductsAreHiddenFromCustomersButNotFromTheAdmin() {
        String word = word();
        long draft = createProduct("name", "Draft " + word, "status", "draft");
        long archived = createProduct("name", "Archived " + word, "status", "ARCHIVED");
        long active = createProduct("name", "Active " + word);

        assertThat(ids("q", word)).containsExactly(active);
        api.get().uri("/api/v1/products/{id}", draft).exchange().expectStatus().isNotFound();
        api.get().uri("/api/v1/products/{id}", archived).exchange().expectStatus().isNotFound();
        api.get().uri("/api/v1/products/{id}", draft).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DRAFT");
        Customer customer = newCustomer();
        expectProblem(api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", draft, "quantity", 1)).exchange(), 404);
        expectProblem(postProduct(productForm("status", "hidden")), 400).jsonPath("$.errors[0].field").isEqualTo("status");
        // nor its picture, its gallery, a review or its recommendations give it away
        api.get().uri("/images/products/{id}.svg", draft).exchange().expectStatus().isNotFound();
        // the admin's pages show it (signed in on the web, as the admin's browser asks for it)
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/images/products/{id}.svg", draft).with(signedInAsAdmin()))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                            .string("Cache-Control", "no-store"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        api.get().uri("/api/v1/products/{id}/images", archived).exchange().expectStatus().isNotFound();
        api.get().uri("/api/v1/products/{id}/images", archived).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk();
        expectProblem(postReview(customer, draft, Map.of("rating", 5, "text", "Seen it early")), 404);
        api.get().uri("/api/v1/products/{id}/related", draft).exchange().expectStatus().isNotFound();
    }

    @Test
    void aScheduledProductAppearsWhenItsPublishingTimeComes() {
        String word = word();
        admin();
        Instant soon = Instant.now().plus(10, ChronoUnit.SECONDS);
        Map<String, Object> form = productForm("name", "Scheduled " + word, "publishAt", soon.toString());
        long id = createProduct(form.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());

        api.get().uri("/api/v1/products/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(ids("q", word)).isEmpty();

        // nothing changes but the time
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            api.get().uri("/api/v1/products/{id}", id).exchange().expectStatus().isOk();
            assertThat(ids("q", word, "size", 5)).containsExactly(id);
        });
        assertThat(Instant.now()).isAfterOrEqualTo(soon);
    }

    @Test
    void stockOfAProductWithVariantsIsAdjustedPerVariant() {
        String sku = unique("SOCK").toUpperCase();
        long id = createProduct(withSizes(sku, variant(sku + "-S", "5.00", 1, "S"), variant(sku + "-L", "5.00", 1, "L"))
                .entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
        long large = ((Number) variantsAsAdmin(id).get(1).get("id")).longValue();

        expectProblem(api.patch().uri("/api/v1/products/{id}/stock", id).header(HttpHeaders.AUTHORIZATION, admin())
                .body(Map.of("delta", 5, "reason", "delivery")).exchange(), 400).jsonPath("$.errors[0].field").isEqualTo("variantId");
        api.patch().uri("/api/v1/products/{id}/stock", id).header(HttpHeaders.AUTHORIZATION, admin())
                .body(Map.of("delta", 5, "reason", "delivery", "variantId", large)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.stock").isEqualTo(7);
        assertThat(variantsAsAdmin(id)).extracting(v -> v.get("stock")).containsExactly(1, 6);
        assertThat(jdbc.sql("SELECT variant_id FROM stock_adjustments WHERE product_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(large);
    }
}
