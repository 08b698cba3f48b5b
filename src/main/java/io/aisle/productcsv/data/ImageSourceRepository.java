package io.aisle.productcsv.data;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The URL each imported image came from, so an export names the image as the imported file did. */
@Repository
public class ImageSourceRepository {

    private final JdbcClient jdbc;

    ImageSourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long imageId, long productId, String source) {
        jdbc.sql("""
                INSERT INTO product_image_sources (image_id, product_id, source) VALUES (:imageId, :productId, :source)
                ON DUPLICATE KEY UPDATE source = VALUES(source)
                """)
                .param("imageId", imageId)
                .param("productId", productId)
                .param("source", source)
                .update();
    }

    public Map<Long, String> findByProducts(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT image_id, source FROM product_image_sources WHERE product_id IN (:ids)")
                .param("ids", productIds)
                .query((rs, n) -> Map.entry(rs.getLong("image_id"), rs.getString("source")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
