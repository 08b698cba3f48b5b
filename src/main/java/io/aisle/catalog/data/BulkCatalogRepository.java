package io.aisle.catalog.data;

import io.aisle.catalog.BulkProduct;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bulk writes of whole products (seed-catalog): one batched statement per table and chunk of products. */
@Repository
public class BulkCatalogRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BulkCatalogRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A product's row as the listing reads it: prices, stock and rating already summed up from its parts. */
    public record ProductRow(BulkProduct product, long categoryId, BigDecimal price, BigDecimal maxPrice,
            BigDecimal compareAtPrice, int stock, BigDecimal ratingAverage) {
    }

    /** A variant's row: {@code values} padded to the three option columns. */
    public record VariantRow(long productId, BulkProduct.Variant variant, int position, int weightGrams) {
    }

    /** A review's row; {@code reviewer} is negative, no account's id (accounts count from 1). */
    public record ReviewRow(long productId, long reviewer, BulkProduct.Review review, Instant createdAt) {
    }

    public void insertProducts(List<ProductRow> rows, Instant now) {
        batch.batchUpdate("""
                INSERT INTO products (sku, name, brand, category_id, description, price, max_price, compare_at_price,
                                      currency, stock, rating_average, rating_count, tax_class, weight_grams, status,
                                      created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
                """, rows, rows.size(), (ps, r) -> {
            BulkProduct p = r.product();
            ps.setString(1, p.sku());
            ps.setString(2, p.name());
            ps.setString(3, p.brand());
            ps.setLong(4, r.categoryId());
            ps.setString(5, p.description());
            ps.setBigDecimal(6, r.price());
            ps.setBigDecimal(7, r.maxPrice());
            ps.setBigDecimal(8, r.compareAtPrice());
            ps.setInt(9, r.stock());
            ps.setBigDecimal(10, r.ratingAverage());
            ps.setInt(11, p.reviews().size());
            ps.setString(12, p.taxClass());
            ps.setInt(13, p.weightGrams());
            ps.setObject(14, SqlTime.utc(p.createdAt()));
            ps.setObject(15, SqlTime.utc(now));
        });
    }

    /** The ids of the products (deleted ones too) with these SKUs, by SKU. */
    public Map<String, Long> findIdsBySku(Collection<String> skus) {
        return jdbc.sql("SELECT sku, id FROM products WHERE sku IN (:skus)")
                .param("skus", skus)
                .query((rs, n) -> Map.entry(rs.getString("sku"), rs.getLong("id")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The option names of products, as {productId, position, name}. */
    public void insertOptions(List<Object[]> options) {
        batch.batchUpdate("INSERT INTO product_options (product_id, position, name) VALUES (?, ?, ?)", options);
    }

    public void insertVariants(List<VariantRow> rows, Instant now) {
        batch.batchUpdate("""
                INSERT INTO product_variants (product_id, sku, option1, option2, option3, price, compare_at_price, stock,
                                              weight_grams, position, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, rows.size(), (ps, r) -> {
            List<String> values = r.variant().values();
            ps.setLong(1, r.productId());
            ps.setString(2, r.variant().sku());
            for (int i = 0; i < 3; i++) {
                ps.setString(3 + i, i < values.size() ? values.get(i) : "");
            }
            ps.setBigDecimal(6, r.variant().price());
            ps.setBigDecimal(7, r.variant().compareAtPrice());
            ps.setInt(8, r.variant().stock());
            ps.setInt(9, r.weightGrams());
            ps.setInt(10, r.position());
            ps.setObject(11, SqlTime.utc(now));
            ps.setObject(12, SqlTime.utc(now));
        });
    }

    public void insertReviews(List<ReviewRow> rows) {
        batch.batchUpdate("""
                INSERT INTO reviews (product_id, user_id, author_name, rating, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, rows, rows.size(), (ps, r) -> {
            ps.setLong(1, r.productId());
            ps.setLong(2, r.reviewer());
            ps.setString(3, r.review().author());
            ps.setInt(4, r.review().rating());
            ps.setString(5, r.review().body());
            ps.setObject(6, SqlTime.utc(r.createdAt()));
        });
    }

    /** How many listed products neither have a SKU starting with {@code prefix} nor one of {@code skus}. */
    public long countListedOutside(String prefix, Collection<String> skus) {
        return jdbc.sql("SELECT COUNT(*) FROM products WHERE deleted_at IS NULL AND sku NOT LIKE :prefix AND sku NOT IN (:skus)")
                .param("prefix", prefix + "%")
                .param("skus", skus)
                .query(Long.class)
                .single();
    }
}
