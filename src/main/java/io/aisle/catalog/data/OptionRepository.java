package io.aisle.catalog.data;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A product's option names (size, colour, ...), in order; a product without options has none. */
@Repository
public class OptionRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    OptionRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public List<String> findNames(long productId) {
        return jdbc.sql("SELECT name FROM product_options WHERE product_id = :productId ORDER BY position")
                .param("productId", productId)
                .query(String.class)
                .list();
    }

    public void deleteAll(long productId) {
        jdbc.sql("DELETE FROM product_options WHERE product_id = :productId").param("productId", productId).update();
    }

    public void insertAll(long productId, List<String> names) {
        batch.batchUpdate("INSERT INTO product_options (product_id, position, name) VALUES (?, ?, ?)", names, names.size(),
                (ps, name) -> {
                    ps.setLong(1, productId);
                    ps.setInt(2, names.indexOf(name) + 1);
                    ps.setString(3, name);
                });
    }
}
