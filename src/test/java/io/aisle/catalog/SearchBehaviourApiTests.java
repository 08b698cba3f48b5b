package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search that behaves (issue 13), through the real API: typos find what was meant, a query that means
 * nothing finds nothing, "did you mean" from the catalog's own words, price and stock conditions in the
 * words, facet counts, and suggestions as a customer types.
 */
class SearchBehaviourApiTests extends ThrowawayProductsApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"hybrid", "text"})
    void findsHeadphonesForTheMisspeltHedphonesAndSaysWhatWasMeant(String mode) {
        Map<String, Object> answer = search("hedphones", mode, Map.of());

        assertThat(skus(answer).subList(0, 2)).containsExactlyInAnyOrder("SNY-WH1000XM5", "BOS-QCULT-HP");
        assertThat(answer.get("didYouMean")).isEqualTo("headphones");
    }

    /**
     * No product of the seed catalog; the products other tests made carry made-up names ("zq971549f06c1f
     * alpha") that the embedding model finds as near to made-up query words as to each other, so they are
     * left out of the check (a real catalog has no such names; SearchEvaluationTests checks the seed catalog
     * alone answers with nothing at all).
     */
    @Test
    void answersAQueryThatRepeatsAMisspeltWord() {
        Map<String, Object> answer = search("yoga mat for yoga class, a yoga matt", "hybrid", Map.of());

        assertThat(skus(answer)).contains("MDK-PRO-6MM");
        assertThat(answer.get("didYouMean")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hybrid", "semantic", "text"})
    void answersNonsenseWithNoProductOfTheCatalogInEveryMode(String mode) {
        Map<String, Object> answer = search("xqzvbnm plutonium", mode, Map.of("limit", 100));

        assertThat(skus(answer)).allMatch(sku -> sku.startsWith("SKU-"));
        assertThat(answer.get("didYouMean")).isNull();
    }

    @Test
    void semanticSearchLeavesOutProductsBelowTheCalibratedSimilarity() {
        Map<String, Object> answer = search("something to keep my coffee hot", "semantic", Map.of("limit", 100));

        List<Double> scores = results(answer).stream().map(r -> ((Number) r.get("score")).doubleValue()).toList();
        assertThat(scores).isNotEmpty().allMatch(score -> score >= SearchProperties.CALIBRATED_MIN_SIMILARITY);
        // 77 seed products and more from other tests: most are nowhere near a coffee mug in meaning
        assertThat(scores).hasSizeLessThan(40);
    }

    @Test
    void saysDidYouMeanWhenAMisspeltQueryFindsNothingUnderItsPriceLimit() {
        Map<String, Object> answer = search("hedphones under $5", "hybrid", Map.of());

        assertThat(results(answer)).isEmpty();
        assertThat(answer.get("didYouMean")).isEqualTo("headphones under $5");
    }

    @Test
    void takesAPriceLimitInTheWordsAsAFilter() {
        Map<String, Object> answer = search("water bottle under $50", "hybrid", Map.of());

        assertThat(skus(answer)).contains("THM-SK2010-40", "HYF-WM32-FLEX");
        assertThat(prices(answer)).allMatch(price -> price.compareTo(new BigDecimal("50")) <= 0);
    }

    @Test
    void countsFacetsOverEverythingFoundAndNarrowsByTheChosenOnes() {
        String w = word();
        createProduct("name", "Lantern " + w, "brand", "Glowco", "category", "sports", "price", new BigDecimal("12.00"),
                "stock", 0);
        createProduct("name", "Lantern " + w + " Pro", "brand", "Glowco", "category", "sports", "price",
                new BigDecimal("30.00"), "stock", 4);
        createProduct("name", "Desk lamp " + w, "brand", "Brightco", "category", "home-garden", "price",
                new BigDecimal("45.00"), "stock", 2);

        Map<String, Object> facets = facets(search(w, "text", Map.of()));
        assertThat(counts(facets, "brands")).containsExactly(Map.entry("Glowco", 2L), Map.entry("Brightco", 1L));
        assertThat(counts(facets, "categories")).containsExactly(Map.entry("home-garden", 1L), Map.entry("sports", 2L));
        assertThat(counts(facets, "prices")).containsExactly(Map.entry("0-24.99", 1L), Map.entry("25-49.99", 2L));
        assertThat(((Number) facets.get("inStock")).longValue()).isEqualTo(2);

        Map<String, Object> narrowed = search(w, "text", Map.of("brand", "Glowco", "inStock", true));
        assertThat(results(narrowed)).hasSize(1);
        assertThat(counts(facets(narrowed), "brands")).containsExactly(Map.entry("Glowco", 1L));

        Map<String, Object> listed = api.get().uri("/api/v1/products/facets?q={w}", w).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(counts(listed, "brands")).isEqualTo(counts(facets, "brands"));
        assertThat(counts(listed, "prices")).isEqualTo(counts(facets, "prices"));
        assertThat(((Number) listed.get("inStock")).longValue()).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void suggestsProductsCategoriesAndBrandsFromTheFirstLetters() {
        String w = word();
        long id = createProduct("name", "Trail lantern " + w, "brand", "Lumeno" + w.substring(2, 8));

        Map<String, Object> byWord = suggest(w.substring(0, 8));
        assertThat(ids(byWord.get("products"))).contains(id);
        assertThat(strings(byWord.get("brands"))).isEmpty();

        Map<String, Object> byBrand = suggest("lumeno" + w.substring(2, 5));
        assertThat(strings(byBrand.get("brands"))).containsExactly("Lumeno" + w.substring(2, 8));

        Map<String, Object> byCategory = suggest("elec");
        assertThat(((List<Map<String, Object>>) byCategory.get("categories")).stream().map(c -> c.get("slug")))
                .containsExactly("electronics");
        assertThat(skus(byCategory.get("products"))).isNotEmpty();
    }

    @Test
    void suggestsNoBrandOrProductCustomersCannotSeeYet() {
        String w = word();
        String drafted = word();
        createProduct("name", "Draft lamp " + drafted, "brand", "Hidden" + w.substring(2, 8), "status", "DRAFT");
        createProduct("name", "Coming lamp " + w, "brand", "Coming" + w.substring(2, 8), "publishAt",
                java.time.Instant.now().plus(java.time.Duration.ofDays(3)).toString());

        assertThat(strings(suggest("hidden" + w.substring(2, 6)).get("brands"))).isEmpty();
        assertThat(strings(suggest("coming" + w.substring(2, 6)).get("brands"))).isEmpty();
        assertThat(ids(suggest(w).get("products"))).isEmpty();
        assertThat(ids(suggest(drafted).get("products"))).isEmpty();
        // one letter off the draft's own word: nothing to spell it from
        assertThat(search(drafted.substring(0, drafted.length() - 1) + "x", "text", Map.of()).get("didYouMean")).isNull();
    }

    @Test
    void answersBadSuggestAndFacetParametersWithAProblem() {
        expectProblem(api.get().uri("/api/v1/products/suggest").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/suggest?q={q}", "  ").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/suggest?q=mug&limit=11").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/suggest?q={q}", "x".repeat(201)).exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/search?q=mug&minRating=6").exchange(), 400);
        expectProblem(api.get().uri("/api/v1/products/facets?minPrice=-1").exchange(), 400);
    }

    private Map<String, Object> search(String q, String mode, Map<String, Object> params) {
        return api.get().uri(b -> {
                    b.path("/api/v1/products/search").queryParam("q", "{q}").queryParam("mode", mode);
                    params.forEach(b::queryParam);
                    return b.build(q);
                })
                .exchange()
                .expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private Map<String, Object> suggest(String q) {
        return api.get().uri(b -> b.path("/api/v1/products/suggest").queryParam("q", "{q}").build(q)).exchange()
                .expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("results");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facets(Map<String, Object> answer) {
        return (Map<String, Object>) answer.get("facets");
    }

    /** A facet's values and counts, in the answer's order. */
    @SuppressWarnings("unchecked")
    private static List<Map.Entry<String, Long>> counts(Map<String, Object> facets, String facet) {
        return ((List<Map<String, Object>>) facets.get(facet)).stream()
                .map(c -> Map.entry((String) c.get("value"), ((Number) c.get("count")).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> skus(Map<String, Object> answer) {
        return results(answer).stream().map(r -> (String) ((Map<String, Object>) r.get("product")).get("sku")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> skus(Object products) {
        return ((List<Map<String, Object>>) products).stream().map(p -> (String) p.get("sku")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Object products) {
        return ((List<Map<String, Object>>) products).stream().map(CatalogApiTest::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<BigDecimal> prices(Map<String, Object> answer) {
        return results(answer).stream()
                .map(r -> new BigDecimal(String.valueOf(((Map<String, Object>) r.get("product")).get("price"))))
                .toList();
    }
}
