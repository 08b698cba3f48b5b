package io.aisle.catalog.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The products' stock levels alone, by primary key: what a cached listing overlays on its products, far cheaper
 * than reading the listing again.
 */
@Repository
public class StockLevelRepository {

    private final JdbcClient jdbc;

    StockLevelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stock of each of these products that is not deleted, by product id. */
    public Map<Long, Integer> findByIds(Collection<Long> ids) {
        Map<Long, Integer> levels = new HashMap<>();
        if (ids.isEmpty()) {
            return levels;
        }
        jdbc.sql("SELECT id, stock FROM products WHERE id IN (:ids) AND deleted_at IS NULL")
                .param("ids", ids)
                .query(row -> {
                    levels.put(row.getLong("id"), row.getInt("stock"));
                });
        return levels;
    }
}
