package io.aisle.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aisle.ApiTest;
import io.aisle.catalog.SearchProperties;
import io.aisle.catalog.data.EmbeddingRepository;
import io.aisle.catalog.data.ProductRepository;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * Two instances on one database: the other one is a second {@link ProductIndex} over the same tables,
 * which writes what an instance writes when an admin edits a product there.
 */
class SearchCatchUpTests extends ApiTest {

    @Autowired
    ProductIndex index;

    @Autowired
    SearchCatchUp catchUp;

    @Autowired
    EmbeddingModel model;

    @Autowired
    EmbeddingRepository embeddings;

    @Autowired
    ProductRepository products;

    @Autowired
    Clock clock;

    @Autowired
    SearchProperties properties;

    @Test
    void aProductEditedOrDeletedOnAnotherInstanceReachesThisInstancesSearch() {
        String before = word();
        String after = word();
        long id = createProduct("Teapot " + before, "A glazed stoneware pot for brewing loose leaf green tea.");
        ProductIndex otherInstance = new ProductIndex(model, embeddings, products, clock, properties);

        jdbc.sql("UPDATE products SET name = :name, description = :description WHERE id = :id")
                .param("name", "Bike frame " + after)
                .param("description", "A lightweight carbon fibre road bicycle frame with internal cable routing.")
                .param("id", id).update();
        otherInstance.refresh(id);
        catchUp.catchUp();

        assertThat(hits(index.engine().textSearch(after, 10))).containsExactly(id);
        assertThat(hits(index.engine().textSearch(before, 10))).isEmpty();
        assertThat(hits(index.engine().semanticSearch("carbon road bicycle frame", 20))).contains(id);

        jdbc.sql("UPDATE products SET deleted_at = :now WHERE id = :id")
                .param("now", SqlTime.utc(clock.instant())).param("id", id).update();
        catchUp.catchUp();

        assertThat(hits(index.engine().textSearch(after, 10))).isEmpty();
        assertThat(hits(index.engine().semanticSearch("carbon road bicycle frame", 100))).doesNotContain(id);
    }

    private long createProduct(String name, String description) {
        Map<?, ?> created = api.post().uri("/api/v1/products").header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("sku", unique("SKU").toUpperCase(), "name", name, "brand", "Testbrand",
                        "category", "sports", "description", description, "price", new BigDecimal("10.00"),
                        "stock", 5))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) created.get("id")).longValue();
    }

    private static List<Long> hits(List<Hit> hits) {
        return hits.stream().map(Hit::productId).toList();
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
