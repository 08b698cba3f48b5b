package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

class ProductAdminApiTests extends CatalogApiTest {

    @Test
    void createsAProductWith201AndItsLocation() {
        Map<String, Object> form = productForm("category", "electronics", "price", new BigDecimal("19.99"), "stock", 7);
        String location = postProduct(form).expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/products/\\d+")
                .expectBody()
                .jsonPath("$.sku").isEqualTo(form.get("sku"))
                .jsonPath("$.stock").isEqualTo(7)
                .returnResult().getResponseHeaders().getLocation().toString();

        api.get().uri(location).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo(form.get("name"))
                .jsonPath("$.category.slug").isEqualTo("electronics")
                .jsonPath("$.price").isEqualTo(19.99);
    }

    @Test
    void drawsAnImageWhenNoneIsGivenAndKeepsAGivenOne() {
        long drawn = createProduct();
        long given = createProduct("imageUrl", "https://cdn.example.com/p/1.png");

        assertThat(product(drawn).get("imageUrl")).isEqualTo("/images/products/" + drawn + ".svg");
        assertThat(product(given).get("imageUrl")).isEqualTo("https://cdn.example.com/p/1.png");
    }

    @Test
    void refusesADuplicateSkuWith409WhateverItsCase() {
        Map<String, Object> form = productForm();
        postProduct(form).expectStatus().isCreated();

        expectProblem(postProduct(productForm("sku", form.get("sku"))), 409);
        expectProblem(postProduct(productForm("sku", form.get("sku").toString().toLowerCase())), 409);
    }

    @Test
    void saysADeletedProductsSkuIsNeverReused() {
        Map<String, Object> form = productForm();
        long id = id(postProduct(form).expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody());
        delete(id).expectStatus().isNoContent();

        expectProblem(postProduct(productForm("sku", form.get("sku"))), 409).jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("never reused"));
    }

    @Test
    void refusesAnUnknownCategoryWith400() {
        Map<String, Object> form = productForm("category", "groceries");
        expectProblem(postProduct(form), 400).jsonPath("$.errors[0].field").isEqualTo("category");
        assertNoProductWithSku(form.get("sku"));
    }

    @Test
    void refusesANegativePriceAndMoreThanTwoDecimals() {
        expectProblem(postProduct(productForm("price", new BigDecimal("-0.01"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("price");
        expectProblem(postProduct(productForm("price", new BigDecimal("9.999"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("price");
    }

    @Test
    void refusesMissingFieldsNamingEachOfThem() {
        expectProblem(postProduct(Map.of()), 400)
                .jsonPath("$.errors[?(@.field == 'sku')]").exists()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'brand')]").exists()
                .jsonPath("$.errors[?(@.field == 'category')]").exists()
                .jsonPath("$.errors[?(@.field == 'description')]").exists()
                .jsonPath("$.errors[?(@.field == 'price')]").exists();
    }

    @Test
    void replacesAProductButNotItsStock() {
        long id = createProduct("stock", 5);
        Map<String, Object> form = productForm("name", "Renamed", "category", "books", "price", new BigDecimal("7.50"),
                "stock", 999);

        put(id, form).expectStatus().isOk();

        assertThat(product(id)).containsEntry("name", "Renamed").containsEntry("sku", form.get("sku"))
                .containsEntry("category", Map.of("slug", "books", "name", "Books"))
                .containsEntry("price", 7.5).containsEntry("stock", 5);
    }

    @Test
    void refusesToReplaceAnUnknownProductOrTakeAnotherProductsSku() {
        expectProblem(put(999_999_999L, productForm()), 404);
        Map<String, Object> other = productForm();
        postProduct(other).expectStatus().isCreated();
        long id = createProduct();

        expectProblem(put(id, productForm("sku", other.get("sku"))), 409);
    }

    @Test
    void adjustsStockAndRecordsWhoDidItAndWhy() {
        long id = createProduct("stock", 10);

        adjust(id, Map.of("delta", 5, "reason", "Delivery 42")).expectStatus().isOk()
                .expectBody().jsonPath("$.stock").isEqualTo(15);
        adjust(id, Map.of("delta", -15, "reason", "Count")).expectStatus().isOk()
                .expectBody().jsonPath("$.stock").isEqualTo(0);

        var audit = jdbc.sql("""
                SELECT a.delta, a.stock_after, a.reason, u.email FROM stock_adjustments a JOIN users u ON u.id = a.actor_id
                WHERE a.product_id = :id ORDER BY a.id
                """).param("id", id).query().listOfRows();
        assertThat(audit).extracting(r -> r.get("delta"), r -> r.get("stock_after"), r -> r.get("reason"), r -> r.get("email"))
                .containsExactly(tuple(5, 15, "Delivery 42", ADMIN_EMAIL),
                        tuple(-15, 0, "Count", ADMIN_EMAIL));
    }

    @Test
    void refusesToTakeStockBelowZeroWith409AndChangesNothing() {
        long id = createProduct("stock", 3);

        expectProblem(adjust(id, Map.of("delta", -4, "reason", "Breakage")), 409);

        assertThat(product(id).get("stock")).isEqualTo(3);
        assertThat(auditRows(id)).isZero();
    }

    @Test
    void sellsNoMoreThanTheStockWhenAdjustmentsRace() throws Exception {
        long id = createProduct("stock", 5);
        String admin = admin();

        List<Integer> statuses = Concurrently.statuses(10, i -> api.patch().uri("/api/v1/products/{id}/stock", id)
                .header(HttpHeaders.AUTHORIZATION, admin).body(Map.of("delta", -1, "reason", "Race " + i)).exchange());

        assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(5);
        assertThat(product(id).get("stock")).isEqualTo(0);
        assertThat(auditRows(id)).isEqualTo(5);
    }

    @Test
    void refusesAnAdjustmentPastTheStockCapWith409AndKeepsTheStock() {
        long id = createProduct("stock", 5);

        expectProblem(adjust(id, Map.of("delta", 1_000_000, "reason", "Too many")), 409)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("cannot go above 1,000,000"));
        adjust(id, Map.of("delta", 999_995, "reason", "Exactly to the cap")).expectStatus().isOk();

        assertThat(product(id).get("stock")).isEqualTo(1_000_000);
    }

    @Test
    void refusesAZeroOrMissingDeltaAndAMissingReasonWith400() {
        long id = createProduct("stock", 3);

        expectProblem(adjust(id, Map.of("delta", 0, "reason", "Nothing")), 400).jsonPath("$.errors[0].field").isEqualTo("delta");
        expectProblem(adjust(id, Map.of("reason", "Nothing")), 400).jsonPath("$.errors[0].field").isEqualTo("delta");
        expectProblem(adjust(id, Map.of("delta", 1)), 400).jsonPath("$.errors[0].field").isEqualTo("reason");
        expectProblem(adjust(id, Map.of("delta", Integer.MAX_VALUE, "reason", "Too much")), 400)
                .jsonPath("$.errors[0].field").isEqualTo("delta");
        assertThat(product(id).get("stock")).isEqualTo(3);
        assertThat(auditRows(id)).isZero();
    }

    @Test
    void answers404ForStockOfAnUnknownProductAnd400ForANonNumericId() {
        expectProblem(adjust(999_999_999L, Map.of("delta", 1, "reason", "Delivery")), 404);
        expectProblem(api.patch().uri("/api/v1/products/abc/stock").header(HttpHeaders.AUTHORIZATION, admin())
                .body(Map.of("delta", 1, "reason", "Delivery")).exchange(), 400);
        expectProblem(api.delete().uri("/api/v1/products/abc").header(HttpHeaders.AUTHORIZATION, admin()).exchange(), 400);
        expectProblem(api.put().uri("/api/v1/products/abc").header(HttpHeaders.AUTHORIZATION, admin())
                .body(productForm()).exchange(), 400);
    }

    @Test
    void deletesAProductFromDetailsListingAndSearch() {
        String w = word();
        long id = createProduct("name", "Doomed " + w, "category", "clothing");
        long before = productCount("clothing");

        delete(id).expectStatus().isNoContent();

        expectProblem(api.get().uri("/api/v1/products/{id}", id).exchange(), 404);
        assertThat(ids("q", w)).isEmpty();
        assertThat(ids("size", 100, "sort", "newest")).doesNotContain(id);
        assertThat(productCount("clothing")).isEqualTo(before - 1);
        expectProblem(delete(id), 404);
        expectProblem(adjust(id, Map.of("delta", 1, "reason", "Late delivery")), 404);
        expectProblem(put(id, productForm()), 404);
    }

    @Test
    void answers404ForDeletingAnUnknownProduct() {
        expectProblem(delete(999_999_999L), 404);
    }

    private RestTestClient.ResponseSpec adjust(long id, Map<String, ?> adjustment) {
        return api.patch().uri("/api/v1/products/{id}/stock", id).header(HttpHeaders.AUTHORIZATION, admin())
                .body(adjustment).exchange();
    }

    private RestTestClient.ResponseSpec delete(long id) {
        return api.delete().uri("/api/v1/products/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()).exchange();
    }

    private long auditRows(long productId) {
        return jdbc.sql("SELECT COUNT(*) FROM stock_adjustments WHERE product_id = :id").param("id", productId)
                .query(Long.class).single();
    }

    private void assertNoProductWithSku(Object sku) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE sku = :sku").param("sku", sku).query(Long.class).single())
                .isZero();
    }
}
