package io.aisle.productcsv.data;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which product each handle names, and the lock that puts imports one after another. */
@Repository
public class ProductHandleRepository {

    private final JdbcClient jdbc;

    ProductHandleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for the import lock (at most the database's lock wait timeout; a timeout throws) and holds it until
     * the transaction ends: imports, on any instance, write one after another.
     */
    public void lockImports() {
        jdbc.sql("SELECT id FROM product_import_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }

    /**
     * The products of these handles, lower-cased (compared as the column's collation does: case does not matter);
     * a deleted product's handle names nothing.
     */
    public Map<String, Long> findProductIds(Collection<String> handles) {
        if (handles.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT h.handle, h.product_id FROM product_handles h JOIN products p ON p.id = h.product_id
                WHERE h.handle IN (:handles) AND p.deleted_at IS NULL
                """)
                .param("handles", handles)
                .query((rs, n) -> Map.entry(rs.getString("handle"), rs.getLong("product_id")))
                .list().stream().collect(Collectors.toMap(e -> e.getKey().toLowerCase(java.util.Locale.ROOT),
                        Map.Entry::getValue, (a, b) -> a));
    }

    public Optional<String> findHandle(long productId) {
        return jdbc.sql("SELECT handle FROM product_handles WHERE product_id = :id").param("id", productId)
                .query(String.class).optional();
    }

    public Map<Long, String> findHandles(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT product_id, handle FROM product_handles WHERE product_id IN (:ids)")
                .param("ids", productIds)
                .query((rs, n) -> Map.entry(rs.getLong("product_id"), rs.getString("handle")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Frees the handle from a product other than this one (a deleted product, whose handle names nothing). */
    public void release(String handle, long productId) {
        jdbc.sql("DELETE FROM product_handles WHERE handle = :handle AND product_id <> :productId")
                .param("handle", handle)
                .param("productId", productId)
                .update();
    }

    /** Gives the product this handle (its former handle, if any, is free again); {@link #release} it first. */
    public void save(long productId, String handle) {
        jdbc.sql("""
                INSERT INTO product_handles (product_id, handle) VALUES (:productId, :handle)
                ON DUPLICATE KEY UPDATE handle = VALUES(handle)
                """)
                .param("productId", productId)
                .param("handle", handle)
                .update();
    }

    /** Every handle in use, lower-cased: the export makes new ones unlike these. */
    public List<String> findAll() {
        return jdbc.sql("SELECT LOWER(handle) FROM product_handles").query(String.class).list();
    }
}
