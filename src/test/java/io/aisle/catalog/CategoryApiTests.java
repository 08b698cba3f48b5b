package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryApiTests extends CatalogApiTest {

    @Test
    void listsTheFiveCategoriesInOrderWithTheirFields() {
        List<Map<String, Object>> categories = categories();

        assertThat(categories).extracting(c -> c.get("slug"))
                .containsExactly("electronics", "clothing", "books", "home-garden", "sports");
        assertThat(categories).extracting(c -> c.get("name"))
                .containsExactly("Electronics", "Clothing", "Books", "Home & Garden", "Sports");
        assertThat(categories).allSatisfy(c -> {
            assertThat(c).containsOnlyKeys("id", "slug", "name", "productCount");
            assertThat(((Number) c.get("productCount")).longValue()).isPositive();
        });
    }

    @Test
    void countsANewProductInItsCategoryOnly() {
        long gardenBefore = productCount("home-garden");
        long booksBefore = productCount("books");
        createProduct("category", "home-garden");

        assertThat(productCount("home-garden")).isEqualTo(gardenBefore + 1);
        assertThat(productCount("books")).isEqualTo(booksBefore);
    }

    @Test
    void needsNoSignIn() {
        api.get().uri("/api/v1/categories").exchange().expectStatus().isOk();
    }
}
