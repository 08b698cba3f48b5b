package io.aisle.lab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.catalog.search.ProductIndex;
import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code seed-catalog} run as the command line runs it, on the shared test shop (which has products of its own,
 * hence {@code --force}). Its products are removed again afterwards, from the search index too, so that other
 * tests never meet them.
 */
class SeedCatalogCommandTests extends ApiTest {

    private static final String SEEDED = "sku LIKE 'SEED-%'";

    @Autowired
    List<AisleCommand> commands;

    @Autowired
    ProductIndex index;

    private final Instant started = Instant.now().minusSeconds(60);

    @BeforeEach
    @AfterEach
    void removeSeededProducts() {
        jdbc.sql("UPDATE products SET deleted_at = NOW(6) WHERE deleted_at IS NULL AND " + SEEDED).update();
        index.catchUp(started);
        for (String table : List.of("product_images", "reviews", "product_embeddings", "product_variants", "product_options")) {
            jdbc.sql("DELETE FROM " + table + " WHERE product_id IN (SELECT id FROM products WHERE " + SEEDED + ")").update();
        }
        jdbc.sql("DELETE FROM products WHERE " + SEEDED).update();
        jdbc.sql("DELETE FROM categories WHERE slug IN ('beauty', 'toys', 'pets', 'office', 'automotive')").update();
    }

    @Test
    void seedsProductsWithVariantsSharedPicturesReviewsAndEmbeddingsThatCustomersCanListAndFind() {
        assertThat(run("seed-catalog", "--products=40", "--force")).startsWith("0\n").contains("Added 40 products");

        List<Map<String, Object>> products = jdbc.sql("""
                SELECT p.id, p.name, p.price, p.stock, p.rating_count, p.rating_average,
                       (SELECT COUNT(*) FROM product_variants v WHERE v.product_id = p.id) AS variants,
                       (SELECT MIN(v.price) FROM product_variants v WHERE v.product_id = p.id) AS lowest,
                       (SELECT SUM(v.stock) FROM product_variants v WHERE v.product_id = p.id) AS variant_stock,
                       (SELECT COUNT(*) FROM product_images i WHERE i.product_id = p.id) AS pictures,
                       (SELECT COUNT(*) FROM reviews r WHERE r.product_id = p.id) AS reviews,
                       (SELECT COUNT(*) FROM product_embeddings e WHERE e.product_id = p.id) AS embeddings
                FROM products p WHERE p.deleted_at IS NULL AND p.""" + SEEDED).query().listOfRows();
        assertThat(products).hasSize(40).allSatisfy(p -> {
            assertThat(((Number) p.get("variants")).intValue()).isBetween(1, 18);
            assertThat((BigDecimal) p.get("price")).isEqualByComparingTo((BigDecimal) p.get("lowest"));
            assertThat(((Number) p.get("stock")).intValue()).isEqualTo(((Number) p.get("variant_stock")).intValue());
            assertThat(((Number) p.get("pictures")).intValue()).isBetween(1, SeedPictures.PER_CATEGORY);
            assertThat(((Number) p.get("reviews")).intValue()).isEqualTo(((Number) p.get("rating_count")).intValue());
            assertThat(((Number) p.get("embeddings")).intValue()).isOne();
        });
        assertThat(products).anySatisfy(p -> assertThat(((Number) p.get("variants")).intValue()).isGreaterThan(1))
                .anySatisfy(p -> assertThat(((Number) p.get("reviews")).intValue()).isPositive());

        index.catchUp(started);
        for (Map<String, Object> p : products) {
            long id = ((Number) p.get("id")).longValue();
            String name = (String) p.get("name");
            assertThat(ids("/api/v1/products/search?mode=text&limit=5&q=" + name.replace(' ', '+'))).as(name).contains(id);
            api.get().uri("/api/v1/products/{id}", id).exchange().expectStatus().isOk();
        }
        assertThat(ids("/api/v1/products?size=100&q=" + products.get(0).get("name").toString().replace(' ', '+')))
                .contains(((Number) products.get(0).get("id")).longValue());

        // pictures are shared: deleting one product's keeps the files the others show
        List<Map<String, Object>> shared = jdbc.sql("SELECT i.id, i.product_id, i.base, i.format, i.widths FROM product_images i"
                + " JOIN products p ON p.id = i.product_id WHERE p." + SEEDED + " ORDER BY i.base, i.id").query().listOfRows();
        Map<String, Object> gone = shared.stream()
                .filter(r -> shared.stream().anyMatch(o -> o != r && o.get("base").equals(r.get("base"))))
                .findFirst().orElseThrow();
        String file = "/media/" + gone.get("base") + "-" + gone.get("widths").toString().split(",")[0] + "." + gone.get("format");
        api.get().uri(file).exchange().expectStatus().isOk();

        api.delete().uri("/api/v1/products/{p}/images/{i}", gone.get("product_id"), gone.get("id"))
                .header(org.springframework.http.HttpHeaders.AUTHORIZATION, adminBearer())
                .exchange().expectStatus().is2xxSuccessful();

        api.get().uri(file).exchange().expectStatus().isOk();
    }

    @Test
    void runningAgainAddsOnlyWhatIsMissing() {
        assertThat(run("seed-catalog", "--products=5", "--force")).contains("Added 5 products");
        assertThat(run("seed-catalog", "--products=5", "--force")).contains("Added 0 products", "5 were there already");
        assertThat(run("seed-catalog", "--products=8", "--force")).contains("Added 3 products", "5 were there already");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE " + SEEDED).query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void refusesAShopWithProductsOfItsOwnUnlessForced() {
        newProduct("sports", BigDecimal.TEN, 3);
        assertThat(run("seed-catalog", "--products=5")).startsWith("1\n").contains("Refused", "--force");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE " + SEEDED).query(Long.class).single()).isZero();
    }

    @Test
    void aMissingOrImpossibleCountIsAUsageError() {
        assertThat(run("seed-catalog")).startsWith("2\n").contains("--products");
        assertThat(run("seed-catalog", "--products=0")).startsWith("2\n");
    }

    /** The exit code, a new line, and what the command printed. */
    private String run(String name, String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = new CommandLine(commands).run(name, List.of(args), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return code + "\n" + buffer.toString(StandardCharsets.UTF_8);
    }

    private List<Long> ids(String uri) {
        Map<?, ?> body = api.get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
        Object items = body.containsKey("results") ? body.get("results") : body.get("content");
        return ((List<?>) items).stream().map(i -> (Map<?, ?>) i)
                .map(i -> ((Number) (i.containsKey("product") ? ((Map<?, ?>) i.get("product")).get("id") : i.get("id"))).longValue())
                .toList();
    }
}
