package io.aisle.catalog.data;

import io.aisle.platform.SqlTime;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Products' stored embeddings (float32, little-endian), one row per product. */
@Repository
public class EmbeddingRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    EmbeddingRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A product's embedding as stored, with the hash of the text it was computed from. */
    public record StoredEmbedding(long productId, String model, float[] vector, String textHash) {
    }

    public List<StoredEmbedding> findAll() {
        return jdbc.sql("SELECT product_id, model, vector, text_hash FROM product_embeddings")
                .query((rs, row) -> new StoredEmbedding(rs.getLong("product_id"), rs.getString("model"),
                        floats(rs.getBytes("vector")), rs.getString("text_hash")))
                .list();
    }

    /** The embeddings written at or after {@code since}, by any instance. */
    public List<StoredEmbedding> findChangedSince(Instant since) {
        return jdbc.sql("SELECT product_id, model, vector, text_hash FROM product_embeddings WHERE updated_at >= :since")
                .param("since", SqlTime.utc(since))
                .query((rs, row) -> new StoredEmbedding(rs.getLong("product_id"), rs.getString("model"),
                        floats(rs.getBytes("vector")), rs.getString("text_hash")))
                .list();
    }

    public void save(StoredEmbedding embedding, Instant now) {
        jdbc.sql("""
                INSERT INTO product_embeddings (product_id, model, dims, vector, text_hash, updated_at)
                VALUES (:productId, :model, :dims, :vector, :textHash, :now)
                ON DUPLICATE KEY UPDATE model = VALUES(model), dims = VALUES(dims), vector = VALUES(vector),
                                        text_hash = VALUES(text_hash), updated_at = VALUES(updated_at)
                """)
                .param("productId", embedding.productId())
                .param("model", embedding.model())
                .param("dims", embedding.vector().length)
                .param("vector", bytes(embedding.vector()))
                .param("textHash", embedding.textHash())
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Inserts (or replaces) these embeddings in one batch. */
    public void saveAll(List<StoredEmbedding> stored, Instant now) {
        batch.batchUpdate("""
                INSERT INTO product_embeddings (product_id, model, dims, vector, text_hash, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE model = VALUES(model), dims = VALUES(dims), vector = VALUES(vector),
                                        text_hash = VALUES(text_hash), updated_at = VALUES(updated_at)
                """, stored, stored.size(), (ps, e) -> {
            ps.setLong(1, e.productId());
            ps.setString(2, e.model());
            ps.setInt(3, e.vector().length);
            ps.setBytes(4, bytes(e.vector()));
            ps.setString(5, e.textHash());
            ps.setObject(6, SqlTime.utc(now));
        });
    }

    public boolean delete(long productId) {
        return jdbc.sql("DELETE FROM product_embeddings WHERE product_id = :productId")
                .param("productId", productId)
                .update() == 1;
    }

    /** Drops the embeddings of products that were deleted while no listener was there to see it. */
    public int deleteUnlisted() {
        return jdbc.sql("""
                DELETE FROM product_embeddings
                WHERE product_id NOT IN (SELECT id FROM products WHERE deleted_at IS NULL)
                """)
                .update();
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
