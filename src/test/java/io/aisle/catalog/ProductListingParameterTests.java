package io.aisle.catalog;

import org.junit.jupiter.api.Test;

/** Listing parameters that make no sense answer 400 with the offending parameter named, never a 500. */
class ProductListingParameterTests extends CatalogApiTest {

    @Test
    void refusesAnUnknownSortOrder() {
        expectRefused("sort", "cheapest");
    }

    @Test
    void refusesANegativePage() {
        expectRefused("page", -1);
    }

    @Test
    void refusesAPageSizeOfZeroOrOver100() {
        expectRefused("size", 0);
        expectRefused("size", 101);
    }

    @Test
    void refusesNumbersThatAreNotNumbers() {
        expectRefused("page", "first");
        expectRefused("size", "1.5");
        expectRefused("minPrice", "cheap");
        expectRefused("maxStock", "lots");
        expectRefused("inStock", "perhaps");
        expectRefused("page", "99999999999");
    }

    @Test
    void refusesNegativeAndOutOfRangeFilters() {
        expectRefused("minPrice", "-1");
        expectRefused("maxPrice", "1e400");
        expectRefused("minStock", -5);
    }

    @Test
    void refusesInvertedRanges() {
        expectProblem(listProducts("minPrice", 20, "maxPrice", 10), 400).jsonPath("$.errors[0].field").isEqualTo("minPrice");
        expectProblem(listProducts("minStock", 20, "maxStock", 10), 400).jsonPath("$.errors[0].field").isEqualTo("minStock");
    }

    @Test
    void answersAHugePageNumberWithAnEmptyPage() {
        listProducts("page", Integer.MAX_VALUE, "size", 100).expectStatus().isOk()
                .expectBody().jsonPath("$.content").isEmpty();
    }

    private void expectRefused(String parameter, Object value) {
        expectProblem(listProducts(parameter, value), 400).jsonPath("$.errors[0].field").isEqualTo(parameter);
    }
}
