package io.aisle.media.data;

import io.aisle.media.ProductImage;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ProductImageRepository {

    private static final String COLUMNS = "id, product_id, variant_id, position, alt, width, height, widths, base, format";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProductImageRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Gives each product (picture-less, or the position is free) a picture row for the stored files of {@code picture}. */
    public void copyTo(ProductImage picture, String contentHash, List<java.util.Map.Entry<Long, String>> altByProduct,
            int position, Instant now) {
        batch.batchUpdate("""
                INSERT INTO product_images (product_id, variant_id, position, alt, width, height, widths, base, format,
                                            content_hash, source_hash, created_at)
                VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
                """, altByProduct, altByProduct.size(), (ps, e) -> {
            ps.setLong(1, e.getKey());
            ps.setInt(2, position);
            ps.setString(3, e.getValue());
            ps.setInt(4, picture.width());
            ps.setInt(5, picture.height());
            ps.setString(6, String.join(",", picture.widths().stream().map(String::valueOf).toList()));
            ps.setString(7, picture.base());
            ps.setString(8, picture.format());
            ps.setString(9, contentHash);
            ps.setObject(10, SqlTime.utc(now));
        });
    }

    /** The SHA-256 of a picture's uploaded bytes. */
    public Optional<String> findContentHash(long imageId) {
        return jdbc.sql("SELECT content_hash FROM product_images WHERE id = :id")
                .param("id", imageId)
                .query(String.class)
                .optional();
    }

    /** Whether any picture row still points to the files under this base name. */
    public boolean isBaseUsed(String base) {
        return jdbc.sql("SELECT COUNT(*) FROM product_images WHERE base = :base")
                .param("base", base)
                .query(Long.class)
                .single() > 0;
    }

    /** A picture's stored files and checks, before it has a row. */
    public record NewImage(long productId, Long variantId, String alt, int width, int height, List<Integer> widths,
            String base, String format, String contentHash, String sourceHash) {
    }

    public List<ProductImage> findByProduct(long productId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product_images WHERE product_id = :productId ORDER BY position")
                .param("productId", productId)
                .query(ProductImageRepository::map)
                .list();
    }

    /** The first picture of each of these products (lowest position). */
    public List<ProductImage> findPrimary(Collection<Long> productIds) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM product_images i
                WHERE i.product_id IN (:ids)
                  AND i.position = (SELECT MIN(f.position) FROM product_images f WHERE f.product_id = i.product_id)
                """)
                .param("ids", productIds)
                .query(ProductImageRepository::map)
                .list();
    }

    public Optional<ProductImage> findByContent(long productId, String contentHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product_images WHERE product_id = :productId AND content_hash = :hash")
                .param("productId", productId)
                .param("hash", contentHash)
                .query(ProductImageRepository::map)
                .optional();
    }

    public Optional<ProductImage> findBySource(long productId, String sourceHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product_images WHERE product_id = :productId AND source_hash = :hash")
                .param("productId", productId)
                .param("hash", sourceHash)
                .query(ProductImageRepository::map)
                .optional();
    }

    /** The product's picture ids in their order, locked until the transaction ends (a reorder's snapshot). */
    public List<Long> lockIds(long productId) {
        return jdbc.sql("SELECT id FROM product_images WHERE product_id = :productId ORDER BY position FOR UPDATE")
                .param("productId", productId)
                .query(Long.class)
                .list();
    }

    /** The product's highest picture position, 0 when it has none. */
    public int lastPosition(long productId) {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM product_images WHERE product_id = :productId")
                .param("productId", productId)
                .query(Integer.class)
                .single();
    }

    /**
     * Inserts the picture at this position. Two inserts at once may pick the same position: the unique
     * (product_id, position) key refuses the second with a duplicate-key error, which the caller retries.
     */
    public long insertAt(NewImage image, int position, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO product_images (product_id, variant_id, position, alt, width, height, widths, base, format,
                                            content_hash, source_hash, created_at)
                VALUES (:productId, :variantId, :position, :alt, :width, :height, :widths, :base, :format,
                        :contentHash, :sourceHash, :now)
                """)
                .param("productId", image.productId())
                .param("variantId", image.variantId())
                .param("position", position)
                .param("alt", image.alt())
                .param("width", image.width())
                .param("height", image.height())
                .param("widths", String.join(",", image.widths().stream().map(String::valueOf).toList()))
                .param("base", image.base())
                .param("format", image.format())
                .param("contentHash", image.contentHash())
                .param("sourceHash", image.sourceHash())
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Moves every picture of the product out of the way of positions 1..n, so a reorder never collides. */
    public void moveAside(long productId) {
        jdbc.sql("UPDATE product_images SET position = position + 1000000 WHERE product_id = :productId")
                .param("productId", productId)
                .update();
    }

    public void setPosition(long imageId, int position) {
        jdbc.sql("UPDATE product_images SET position = :position WHERE id = :id")
                .param("id", imageId)
                .param("position", position)
                .update();
    }

    public boolean setAlt(long productId, long imageId, String alt) {
        return jdbc.sql("UPDATE product_images SET alt = :alt WHERE id = :id AND product_id = :productId")
                .param("id", imageId)
                .param("productId", productId)
                .param("alt", alt)
                .update() == 1;
    }

    public boolean delete(long productId, long imageId) {
        return jdbc.sql("DELETE FROM product_images WHERE id = :id AND product_id = :productId")
                .param("id", imageId)
                .param("productId", productId)
                .update() == 1;
    }

    public Optional<ProductImage> find(long productId, long imageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product_images WHERE id = :id AND product_id = :productId")
                .param("id", imageId)
                .param("productId", productId)
                .query(ProductImageRepository::map)
                .optional();
    }

    private static ProductImage map(ResultSet rs, int row) throws SQLException {
        long variant = rs.getLong("variant_id");
        return new ProductImage(rs.getLong("id"), rs.getLong("product_id"), rs.wasNull() ? null : variant,
                rs.getInt("position"), rs.getString("alt"), rs.getInt("width"), rs.getInt("height"),
                Arrays.stream(rs.getString("widths").split(",")).map(Integer::valueOf).toList(),
                rs.getString("base"), rs.getString("format"));
    }
}
