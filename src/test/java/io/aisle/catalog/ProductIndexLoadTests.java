package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.catalog.search.ProductIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** What a start does with the stored embeddings: keeps the current ones, re-embeds stale ones, drops removed ones. */
class ProductIndexLoadTests extends CatalogApiTest {

    @Autowired
    private ProductIndex index;

    @Test
    void reEmbedsAProductWhoseStoredTextHashIsStaleAndKeepsTheCurrentOnes() {
        long stale = createProduct("name", "Teapot " + word());
        long current = createProduct("name", "Teapot " + word());
        String currentHash = hash(current);
        String currentUpdatedAt = updatedAt(current);
        String staleHash = hash(stale);
        jdbc.sql("UPDATE product_embeddings SET text_hash = 'stale', vector = :zeros WHERE product_id = :id")
                .param("zeros", new byte[384 * Float.BYTES]).param("id", stale).update();

        index.loadAll();

        assertThat(hash(stale)).isEqualTo(staleHash);
        assertThat(index.engine().vector(stale)).hasValueSatisfying(v -> assertThat(v).isNotEqualTo(new float[384]));
        assertThat(hash(current)).isEqualTo(currentHash);
        assertThat(updatedAt(current)).isEqualTo(currentUpdatedAt);
        delete(stale);
        delete(current);
    }

    @Test
    void dropsTheEmbeddingOfAProductDeletedBehindItsBack() {
        long id = createProduct("name", "Teapot " + word());
        jdbc.sql("UPDATE products SET deleted_at = updated_at WHERE id = :id").param("id", id).update();

        index.loadAll();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM product_embeddings WHERE product_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    private void delete(long id) {
        api.delete().uri("/api/v1/products/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()).exchange();
    }

    private String hash(long id) {
        return jdbc.sql("SELECT text_hash FROM product_embeddings WHERE product_id = :id").param("id", id)
                .query(String.class).single();
    }

    private String updatedAt(long id) {
        return jdbc.sql("SELECT CAST(updated_at AS CHAR) FROM product_embeddings WHERE product_id = :id").param("id", id)
                .query(String.class).single();
    }
}
