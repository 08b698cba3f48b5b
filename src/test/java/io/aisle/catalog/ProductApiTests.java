package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductApiTests extends CatalogApiTest {

    @Test
    void showsASeededProductWithEveryField() {
        long id = jdbc.sql("SELECT id FROM products WHERE sku = 'APL-IP15P-128'").query(Long.class).single();
        Map<String, Object> product = product(id);

        assertThat(product).containsKeys("id", "sku", "name", "brand", "category", "description", "price", "currency",
                "stock", "imageUrl", "ratingAverage", "ratingCount");
        assertThat(product).containsEntry("sku", "APL-IP15P-128").containsEntry("name", "iPhone 15 Pro 128GB")
                .containsEntry("brand", "Apple").containsEntry("currency", "USD")
                .containsEntry("category", Map.of("slug", "electronics", "name", "Electronics"))
                .containsEntry("imageUrl", "/images/products/" + id + ".svg");
        assertThat(new BigDecimal(product.get("price").toString())).isEqualByComparingTo("999.00");
        assertThat((String) product.get("description")).contains("A17 Pro");
        assertThat((Integer) product.get("stock")).isNotNegative();
        assertThat((Integer) product.get("ratingCount")).isNotNegative();
    }

    @Test
    void showsANewProductAsItWasCreated() {
        String sku = unique("DETAIL").toUpperCase();
        long id = createProduct("sku", sku, "name", "Trail Runner 2", "brand", "Fleetfoot", "category", "sports",
                "description", "Light shoes.", "price", new BigDecimal("89.90"), "stock", 12);

        assertThat(product(id)).containsEntry("id", (int) id).containsEntry("sku", sku)
                .containsEntry("name", "Trail Runner 2").containsEntry("brand", "Fleetfoot")
                .containsEntry("category", Map.of("slug", "sports", "name", "Sports"))
                .containsEntry("description", "Light shoes.").containsEntry("price", 89.9)
                .containsEntry("stock", 12).containsEntry("ratingCount", 0).containsEntry("ratingAverage", 0.0);
    }

    @Test
    void answers404ProblemForAnUnknownProduct() {
        for (String id : List.of("999999999", "0", "-1")) {
            expectProblem(api.get().uri("/api/v1/products/" + id).exchange(), 404);
        }
    }

    @Test
    void answers400ProblemForANonNumericId() {
        for (String id : List.of("abc", "1.5", "99999999999999999999", "1 OR 1=1")) {
            expectProblem(api.get().uri("/api/v1/products/" + id).exchange(), 400);
        }
    }
}
