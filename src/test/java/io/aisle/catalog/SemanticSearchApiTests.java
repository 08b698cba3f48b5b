package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

/**
 * GET /api/v1/products/search in its three modes, and the embeddings kept in step with the catalog. The
 * seed catalog is always there; products of the test's own carry a made-up word so that the (shared,
 * growing) test catalog cannot get in the way.
 */
class SemanticSearchApiTests extends ThrowawayProductsApiTest {

    private static final List<String> DRINKWARE = List.of("CTG-WLOOP2-16", "THM-SK2010-40", "YTI-RAM20-MAG",
            "STN-QNCH-H2-40", "HYF-WM32-FLEX");

    /** Among the seed catalog's products (products made by tests are left out of the check). */
    @Test
    void hybridSearchFindsInsulatedDrinkwareForACoffeeQueryWithoutItsWords() {
        List<String> skus = skus(search("something to keep my coffee hot", "hybrid", 30)).stream()
                .filter(sku -> !sku.startsWith("SKU-")).limit(5).toList();

        assertThat(skus.get(0)).isIn(DRINKWARE);
        assertThat(skus.stream().filter(DRINKWARE::contains).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void hybridIsTheDefaultMode() {
        Map<String, Object> answer = search("noise cancelling headphones", null, 3);

        assertThat(answer.get("mode")).isEqualTo("hybrid");
        assertThat(skus(answer)).containsAnyOf("SNY-WH1000XM5", "BOS-QCULT-HP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hybrid", "semantic", "text"})
    void everyModeAnswersWithScoresBestFirst(String mode) {
        Map<String, Object> answer = search("warm winter jacket", mode, 10);

        List<Double> scores = results(answer).stream().map(r -> ((Number) r.get("score")).doubleValue()).toList();
        assertThat(answer.get("mode")).isEqualTo(mode);
        assertThat(scores).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void textModeFindsOnlyProductsWithTheWordsAndSemanticModeFindsByMeaning() {
        String w = word();
        long teapot = createProduct("name", "Ceramic teapot " + w,
                "description", "A glazed stoneware pot for brewing loose leaf green tea, with an infuser basket.");

        assertThat(ids(search(w, "text", 10))).containsExactly(teapot);
        assertThat(ids(search("kettle for steeping herbal infusions", "semantic", 20))).contains(teapot);
        assertThat(ids(search("kettle for steeping herbal infusions", "text", 100))).doesNotContain(teapot);
    }

    @Test
    void reEmbedsAProductWhenItsTextChangesAndForgetsItWhenDeleted() {
        String w = word();
        long id = createProduct("name", "Teapot " + w,
                "description", "A glazed stoneware pot for brewing loose leaf green tea.");
        String hashBefore = textHash(id);
        assertThat(ids(search("carbon road bicycle frame", "semantic", 20))).doesNotContain(id);

        api.put().uri("/api/v1/products/{id}", id).header(HttpHeaders.AUTHORIZATION, admin())
                .body(productForm("sku", product(id).get("sku"), "name", "Bike frame " + w,
                        "description", "A lightweight carbon fibre road bicycle frame with internal cable routing."))
                .exchange()
                .expectStatus().isOk();

        assertThat(textHash(id)).isNotEqualTo(hashBefore);
        assertThat(ids(search("carbon road bicycle frame", "semantic", 20))).contains(id);

        api.delete().uri("/api/v1/products/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isNoContent();

        assertThat(ids(search("carbon road bicycle frame", "semantic", 100))).doesNotContain(id);
        assertThat(ids(search(w, "hybrid", 100))).doesNotContain(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM product_embeddings WHERE product_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aStockChangeKeepsTheStoredEmbedding() {
        long id = createProduct("name", "Teapot " + word());
        String updatedAt = jdbc.sql("SELECT CAST(updated_at AS CHAR) FROM product_embeddings WHERE product_id = :id")
                .param("id", id).query(String.class).single();

        api.patch().uri("/api/v1/products/{id}/stock", id).header(HttpHeaders.AUTHORIZATION, admin())
                .body(Map.of("delta", 3, "reason", "delivery")).exchange().expectStatus().isOk();

        assertThat(jdbc.sql("SELECT CAST(updated_at AS CHAR) FROM product_embeddings WHERE product_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(updatedAt);
    }

    @Test
    void answersBadParametersWithAProblem() {
        expectProblem(api.get().uri("/api/v1/products/search?q=").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/search").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/search?q=mug&mode=fuzzy").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/search?q=mug&limit=0").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/search?q=mug&limit=101").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/search?q=mug&limit=many").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/search?q={q}", "x".repeat(201)).exchange(), 400);
    }

    private Map<String, Object> search(String q, String mode, int limit) {
        return api.get().uri(b -> {
                    b.path("/api/v1/products/search").queryParam("q", "{q}").queryParam("limit", limit);
                    if (mode != null) {
                        b.queryParam("mode", mode);
                    }
                    return b.build(q);
                })
                .exchange()
                .expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private String textHash(long id) {
        return jdbc.sql("SELECT text_hash FROM product_embeddings WHERE product_id = :id").param("id", id)
                .query(String.class).single();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("results");
    }

    @SuppressWarnings("unchecked")
    private static List<String> skus(Map<String, Object> answer) {
        return results(answer).stream().map(r -> (String) ((Map<String, Object>) r.get("product")).get("sku")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> answer) {
        return results(answer).stream().map(r -> id((Map<String, Object>) r.get("product"))).toList();
    }
}
