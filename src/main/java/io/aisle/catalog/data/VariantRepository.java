package io.aisle.catalog.data;

import io.aisle.catalog.Variant;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Variants: reads exclude deleted variants; stock only ever changes through guarded updates, and every change to a
 * variant's price or stock is followed, in the same transaction, by {@link ProductRepository#refreshFromVariants} or
 * a stock move on the product's sum.
 */
@Repository
public class VariantRepository {

    private static final String SELECT = """
            SELECT id, product_id, sku, option1, option2, option3, price, compare_at_price, stock, weight_grams, position
            FROM product_variants
            """;

    private final JdbcClient jdbc;

    VariantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an admin writes for a variant; {@code options} has up to three values. */
    public record VariantDetails(String sku, List<String> options, BigDecimal price, BigDecimal compareAtPrice,
            int weightGrams, int position) {
    }

    /** The product's variants in their order. */
    public List<Variant> findByProduct(long productId) {
        return jdbc.sql(SELECT + " WHERE product_id = :productId AND deleted_at IS NULL ORDER BY position, id")
                .param("productId", productId)
                .query(VariantRepository::map)
                .list();
    }

    /** The variants of these products, in product and variant order. */
    public List<Variant> findByProducts(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE product_id IN (:ids) AND deleted_at IS NULL ORDER BY product_id, position, id")
                .param("ids", productIds)
                .query(VariantRepository::map)
                .list();
    }

    public List<Variant> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE id IN (:ids) AND deleted_at IS NULL")
                .param("ids", ids)
                .query(VariantRepository::map)
                .list();
    }

    /** Locks the product's variant rows, deleted ones too, in id order: before its product row, as checkouts do. */
    public void lockByProduct(long productId) {
        jdbc.sql("SELECT id FROM product_variants WHERE product_id = :productId ORDER BY id FOR UPDATE")
                .param("productId", productId)
                .query(Long.class)
                .list();
    }

    /** The products that own these SKUs as variants, deleted variants too: a variant SKU is never reused. */
    public List<Long> findProductIdsBySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT product_id FROM product_variants WHERE sku IN (:skus)")
                .param("skus", skus)
                .query(Long.class)
                .list();
    }

    /**
     * The product of each of these SKUs that names a variant of a product not deleted (variant and product
     * SKUs alike: a product's own SKU is its default variant's), by SKU as stored.
     */
    public Map<String, Long> findOwnersBySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT v.sku, v.product_id FROM product_variants v JOIN products p ON p.id = v.product_id
                WHERE v.sku IN (:skus) AND v.deleted_at IS NULL AND p.deleted_at IS NULL
                UNION
                SELECT sku, id FROM products WHERE sku IN (:skus) AND deleted_at IS NULL
                """)
                .param("skus", skus)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a));
    }

    /** The SKUs of this product's deleted variants, which it may bring back. */
    public Optional<Long> findDeletedIdBySku(long productId, String sku) {
        return jdbc.sql("SELECT id FROM product_variants WHERE product_id = :productId AND sku = :sku AND deleted_at IS NOT NULL")
                .param("productId", productId)
                .param("sku", sku)
                .query(Long.class)
                .optional();
    }

    public long insert(long productId, VariantDetails details, int stock, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO product_variants (product_id, sku, option1, option2, option3, price, compare_at_price,
                                              stock, weight_grams, position, created_at, updated_at)
                VALUES (:productId, :sku, :option1, :option2, :option3, :price, :compareAtPrice,
                        :stock, :weightGrams, :position, :now, :now)
                """)
                .param("productId", productId)
                .params(columns(details))
                .param("stock", stock)
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Changes what the admin writes; a deleted variant of the product comes back with its stock as it was. */
    public boolean update(long id, VariantDetails details, Instant now) {
        return jdbc.sql("""
                UPDATE product_variants
                SET sku = :sku, option1 = :option1, option2 = :option2, option3 = :option3, price = :price,
                    compare_at_price = :compareAtPrice, weight_grams = :weightGrams, position = :position,
                    updated_at = :now, deleted_at = NULL
                WHERE id = :id
                """)
                .param("id", id)
                .params(columns(details))
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /** Takes the variants out of sale; their rows stay for the orders, carts and returns that name them. */
    public int softDelete(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE product_variants SET deleted_at = :now, updated_at = :now WHERE id IN (:ids) AND deleted_at IS NULL")
                .param("ids", ids)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /**
     * Moves stock by {@code delta} unless that would take it below zero or above {@code max}: the guard that keeps
     * concurrent checkouts from overselling (the row lock serialises them and each re-checks). False when refused.
     */
    public boolean changeStock(long id, int delta, int max) {
        return jdbc.sql("""
                UPDATE product_variants SET stock = stock + :delta
                WHERE id = :id AND deleted_at IS NULL AND stock + :delta BETWEEN 0 AND :max
                """)
                .param("id", id)
                .param("delta", delta)
                .param("max", max)
                .update() == 1;
    }

    /** Puts stock back even for a deleted variant, so that its numbers stay right for the books. */
    public boolean restock(long id, int quantity) {
        return jdbc.sql("UPDATE product_variants SET stock = stock + :quantity WHERE id = :id")
                .param("id", id)
                .param("quantity", quantity)
                .update() == 1;
    }

    /** Whether the variant is for sale (not taken out by an edit); read after this transaction locked its row. */
    public boolean isLive(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM product_variants WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(Integer.class)
                .single() == 1;
    }

    /** The current stock, read with a row lock so that it is the latest committed value. */
    public Optional<Integer> findStockForUpdate(long id) {
        return jdbc.sql("SELECT stock FROM product_variants WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
                .param("id", id)
                .query(Integer.class)
                .optional();
    }

    private static Map<String, Object> columns(VariantDetails d) {
        Map<String, Object> map = new HashMap<>();
        map.put("sku", d.sku());
        for (int i = 0; i < 3; i++) {
            map.put("option" + (i + 1), i < d.options().size() ? d.options().get(i) : "");
        }
        map.put("price", d.price());
        map.put("compareAtPrice", d.compareAtPrice());
        map.put("weightGrams", d.weightGrams());
        map.put("position", d.position());
        return map;
    }

    private static Variant map(ResultSet rs, int row) throws SQLException {
        List<String> options = new ArrayList<>(3);
        for (int i = 1; i <= 3; i++) {
            String value = rs.getString("option" + i);
            if (!value.isEmpty()) {
                options.add(value);
            }
        }
        return new Variant(rs.getLong("id"), rs.getLong("product_id"), rs.getString("sku"), options,
                rs.getBigDecimal("price"), rs.getBigDecimal("compare_at_price"), rs.getInt("stock"),
                rs.getInt("weight_grams"), rs.getInt("position"));
    }
}
