package io.aisle.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.catalog.Svg;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;

class SeededCatalogApiTests extends ApiTest {

    @Autowired
    CatalogSeeder seeder;

    @Test
    void seedsEachSampleProductExactlyOnceHoweverOftenItRuns() {
        List<String> skus = CatalogSeeder.readCatalog().stream().map(row -> row.get(0)).toList();
        long before = productRows();

        seeder.run(new DefaultApplicationArguments());
        seeder.run(new DefaultApplicationArguments());

        assertThat(productRows()).isEqualTo(before);
        Map<String, Long> copies = jdbc.sql("SELECT sku, COUNT(*) AS copies FROM products WHERE sku IN (:skus) GROUP BY sku")
                .param("skus", skus)
                .query((rs, row) -> Map.entry(rs.getString("sku"), rs.getLong("copies")))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(copies).hasSize(skus.size()).allSatisfy((sku, count) -> assertThat(count).isEqualTo(1));
        // listed ones: an import of a real history adds its own unlisted category (HistoricalProducts)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM categories WHERE listed").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void drawsALocalImageForEverySeededProduct() throws Exception {
        for (String sku : CatalogSeeder.readCatalog().stream().map(row -> row.get(0)).toList()) {
            long id = jdbc.sql("SELECT id FROM products WHERE sku = :sku").param("sku", sku).query(Long.class).single();
            Map<?, ?> product = api.get().uri("/api/v1/products/{id}", id).exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            String imageUrl = (String) product.get("imageUrl");
            assertThat(imageUrl).as(sku).startsWith("/").doesNotContain("//").doesNotContain(":");

            byte[] svg = api.get().uri(imageUrl).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("image/svg+xml"))
                    .expectBody().returnResult().getResponseBody();
            assertThat(Svg.label(svg)).as(sku).isEqualTo(product.get("brand") + " " + product.get("name"));
        }
    }

    private long productRows() {
        return jdbc.sql("SELECT COUNT(*) FROM products").query(Long.class).single();
    }
}
