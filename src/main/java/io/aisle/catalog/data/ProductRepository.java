package io.aisle.catalog.data;

import io.aisle.catalog.Product;
import io.aisle.catalog.Facets;
import io.aisle.catalog.PriceBands;
import io.aisle.catalog.ProductQuery;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Products: reads exclude deleted products; stock only ever changes through guarded updates. */
@Repository
public class ProductRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProductRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The fields an admin writes when creating or editing a product. */
    public record ProductDetails(String sku, String name, String brand, long categoryId, String description,
            BigDecimal price, String currency, String imageUrl, String taxClass, int weightGrams, String status,
            Instant publishAt) {
    }

    public Optional<Product> findById(long id) {
        return jdbc.sql(ProductRows.SELECT + " WHERE p.id = :id AND p.deleted_at IS NULL")
                .param("id", id)
                .query(ProductRows::map)
                .optional();
    }

    public List<Product> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ProductRows.SELECT + " WHERE p.id IN (:ids) AND p.deleted_at IS NULL")
                .param("ids", ids)
                .query(ProductRows::map)
                .list();
    }

    /** The products deleted at or after {@code since}, by any instance: the search index drops them. */
    public List<Long> findIdsDeletedSince(Instant since) {
        return jdbc.sql("SELECT id FROM products WHERE deleted_at >= :since")
                .param("since", SqlTime.utc(since))
                .query(Long.class)
                .list();
    }

    /** Every listed product, for the search index. */
    public List<Product> findAllListed() {
        return jdbc.sql(ProductRows.SELECT + " WHERE p.deleted_at IS NULL ORDER BY p.id")
                .query(ProductRows::map)
                .list();
    }

    public List<Product> findAllBySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ProductRows.SELECT + " WHERE p.sku IN (:skus) AND p.deleted_at IS NULL")
                .param("skus", skus)
                .query(ProductRows::map)
                .list();
    }

    /** Archived (deleted) products with these SKUs: the products of imported histories. */
    public List<Product> findAllArchivedBySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ProductRows.SELECT + " WHERE p.sku IN (:skus) AND p.deleted_at IS NOT NULL")
                .param("skus", skus)
                .query(ProductRows::map)
                .list();
    }

    /**
     * Inserts products that are archived from the start (deleted_at = now, no stock), in one batch;
     * a SKU that exists already is left as it is.
     */
    public void insertArchivedIfAbsent(List<ProductDetails> products, Instant now) {
        batch.batchUpdate("""
                INSERT INTO products (sku, name, brand, category_id, description, price, currency, stock,
                                      image_url, created_at, updated_at, deleted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE id = id
                """, products, products.size(), (ps, p) -> {
            ps.setString(1, p.sku());
            ps.setString(2, p.name());
            ps.setString(3, p.brand());
            ps.setLong(4, p.categoryId());
            ps.setString(5, p.description());
            ps.setBigDecimal(6, p.price());
            ps.setString(7, p.currency());
            ps.setString(8, p.imageUrl());
            ps.setObject(9, SqlTime.utc(now));
            ps.setObject(10, SqlTime.utc(now));
            ps.setObject(11, SqlTime.utc(now));
        });
    }

    /** A page of the listing; {@code everyStatus} lists drafts, archived and unpublished products too (the admin's). */
    public List<Product> search(ProductQuery query, boolean everyStatus, Instant now) {
        ProductFilter filter = new ProductFilter(query, everyStatus, now);
        String sql = ProductRows.SELECT.replace("SELECT p.id,", "SELECT " + filter.relevanceColumns + ", p.id,")
                + filter.where + " " + filter.orderBy + " LIMIT :limit OFFSET :offset";
        return jdbc.sql(sql)
                .params(filter.params)
                .param("limit", query.page().size())
                .param("offset", query.page().offset())
                .query(ProductRows::map)
                .list();
    }

    public long count(ProductQuery query, boolean everyStatus, Instant now) {
        ProductFilter filter = new ProductFilter(query, everyStatus, now);
        // every product has its category (a foreign key): the join only filters when the category is chosen
        String from = filter.needsCategory ? "FROM products p JOIN categories c ON c.id = p.category_id " : "FROM products p ";
        return jdbc.sql("SELECT COUNT(*) " + from + filter.where)
                .params(filter.params)
                .query(Long.class)
                .single();
    }

    /** Each option value of the products' live variants, with how many products have it (label: the option's name). */
    private static final String OPTION_VALUES = """
             SELECT 'option' AS facet,
                    CASE o.position WHEN 1 THEN v.option1 WHEN 2 THEN v.option2 ELSE v.option3 END AS value,
                    o.name AS label, COUNT(DISTINCT p.id) AS n
             FROM products p
             JOIN categories c ON c.id = p.category_id
             JOIN product_options o ON o.product_id = p.id
             JOIN product_variants v ON v.product_id = p.id AND v.deleted_at IS NULL
            """;
    private static final String BY_OPTION_VALUE =
            " GROUP BY o.name, CASE o.position WHEN 1 THEN v.option1 WHEN 2 THEN v.option2 ELSE v.option3 END";

    /** Option rows of products with a live variant that has :optionValue for option :optionName. */
    static final String WITH_OPTION_VALUE = """
            SELECT o.product_id FROM product_options o
            JOIN product_variants v ON v.product_id = o.product_id AND v.deleted_at IS NULL
            WHERE o.name = :optionName
              AND CASE o.position WHEN 1 THEN v.option1 WHEN 2 THEN v.option2 ELSE v.option3 END = :optionValue""";

    /** Which of these products have a live variant with this option value. */
    public List<Long> findIdsWithOptionValue(Collection<Long> productIds, String name, String value) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WITH_OPTION_VALUE + " AND o.product_id IN (:ids)")
                .param("optionName", name)
                .param("optionValue", value)
                .param("ids", productIds)
                .query(Long.class)
                .list();
    }

    /**
     * The facet counts of a listing customers see, but for option values ({@link #optionFacets(ProductQuery, Instant)}),
     * under the listing's filters: per category, brand, price band, the products at or above each facet rating and
     * those in stock. One pass over the listed products, grouped by every facet at once and summed up here: at
     * 100,000 products, one scan instead of one per facet.
     */
    public List<Facets.Row> facets(ProductQuery query, Instant now) {
        ProductFilter filter = new ProductFilter(query, false, now);
        StringBuilder ratings = new StringBuilder("CASE");
        for (int stars : PriceBands.RATINGS) {
            ratings.append(" WHEN p.rating_average >= ").append(stars).append(" THEN ").append(stars);
        }
        String sql = "SELECT c.slug, c.name, p.brand, " + PriceBands.sqlCase("p.price") + " AS band, "
                + ratings + " ELSE 0 END AS stars, CASE WHEN p.stock > 0 THEN 1 ELSE 0 END AS in_stock, COUNT(*) AS n"
                + " FROM products p JOIN categories c ON c.id = p.category_id " + filter.where
                + " GROUP BY c.slug, c.name, p.brand, band, stars, in_stock";
        Map<List<String>, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql(sql).params(filter.params).query(rs -> {
            long n = rs.getLong("n");
            counts.merge(List.of("category", rs.getString("slug"), rs.getString("name")), n, Long::sum);
            counts.merge(List.of("brand", rs.getString("brand"), rs.getString("brand")), n, Long::sum);
            counts.merge(List.of("price", rs.getString("band"), ""), n, Long::sum);
            for (int stars : PriceBands.RATINGS) {
                counts.merge(List.of("rating", String.valueOf(stars), ""), rs.getInt("stars") >= stars ? n : 0, Long::sum);
            }
            counts.merge(List.of("stock", "in", ""), rs.getInt("in_stock") * n, Long::sum);
        });
        for (int stars : PriceBands.RATINGS) {
            counts.putIfAbsent(List.of("rating", String.valueOf(stars), ""), 0L);
        }
        counts.putIfAbsent(List.of("stock", "in", ""), 0L);
        return counts.entrySet().stream()
                .map(e -> new Facets.Row(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()))
                .toList();
    }

    /** The option value counts of a listing customers see, under its filters. */
    public List<Facets.Row> optionFacets(ProductQuery query, Instant now) {
        ProductFilter filter = new ProductFilter(query, false, now);
        return jdbc.sql(OPTION_VALUES + filter.where + BY_OPTION_VALUE)
                .params(filter.params)
                .query(ProductRepository::facetRow)
                .list();
    }

    /** The option value counts (as {@link #facets} gives them) of these products, for a listing ranked in memory. */
    public List<Facets.Row> optionFacets(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OPTION_VALUES + " WHERE p.id IN (:ids)" + BY_OPTION_VALUE)
                .param("ids", productIds)
                .query(ProductRepository::facetRow)
                .list();
    }

    private static Facets.Row facetRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Facets.Row(rs.getString("facet"), rs.getString("value"), rs.getString("label"), rs.getLong("n"));
    }

    public List<Product> findLowStock(int threshold, int limit) {
        return jdbc.sql(ProductRows.SELECT + """
                 WHERE p.deleted_at IS NULL AND p.stock <= :threshold
                 ORDER BY p.stock ASC, p.name ASC
                 LIMIT :limit
                """)
                .param("threshold", threshold)
                .param("limit", limit)
                .query(ProductRows::map)
                .list();
    }

    /** The brands of the products customers see now. */
    public List<String> findBrands(Instant now) {
        return jdbc.sql("""
                SELECT DISTINCT p.brand FROM products p
                 WHERE p.deleted_at IS NULL AND p.status = 'ACTIVE' AND (p.publish_at IS NULL OR p.publish_at <= :now)
                 ORDER BY p.brand
                """)
                .param("now", SqlTime.utc(now))
                .query(String.class)
                .list();
    }

    /** A new product without stock; its variants, inserted next, bring price and stock ({@link #refreshFromVariants}). */
    public long insert(ProductDetails details, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO products (sku, name, brand, category_id, description, price, max_price, currency, stock,
                                      image_url, tax_class, weight_grams, status, publish_at, created_at, updated_at)
                VALUES (:sku, :name, :brand, :categoryId, :description, :price, :price, :currency, 0,
                        :imageUrl, :taxClass, :weightGrams, :status, :publishAt, :now, :now)
                """)
                .params(columns(details))
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public boolean update(long id, ProductDetails details, Instant now) {
        return jdbc.sql("""
                UPDATE products
                SET sku = :sku, name = :name, brand = :brand, category_id = :categoryId,
                    description = :description, price = :price, currency = :currency,
                    image_url = :imageUrl, tax_class = :taxClass, weight_grams = :weightGrams, status = :status,
                    publish_at = :publishAt, updated_at = :now
                WHERE id = :id AND deleted_at IS NULL
                """)
                .params(columns(details))
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    public boolean setImageUrl(long id, String imageUrl) {
        return jdbc.sql("UPDATE products SET image_url = :imageUrl WHERE id = :id")
                .param("id", id)
                .param("imageUrl", imageUrl)
                .update() == 1;
    }

    public boolean softDelete(long id, Instant now) {
        return jdbc.sql("UPDATE products SET deleted_at = :now, updated_at = :now WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /**
     * Moves the product's stock, the sum of its variants', by {@code delta}, deleted products too: called right after
     * the variant's own guarded move ({@link VariantRepository#changeStock}), which decides; the CHECK backs it.
     */
    public boolean moveStock(long id, int delta) {
        return jdbc.sql("UPDATE products SET stock = stock + :delta WHERE id = :id")
                .param("id", id)
                .param("delta", delta)
                .update() == 1;
    }

    /**
     * Sets what the product row keeps of its live variants: the lowest and highest price, the compare-at price of the
     * cheapest variant when it is on sale (so that "from $X, was $Y" is true of one variant), and the stock summed. After an admin's change to the variants.
     */
    public void refreshFromVariants(long id) {
        jdbc.sql("""
                UPDATE products p
                SET p.price = COALESCE((SELECT MIN(v.price) FROM product_variants v
                                        WHERE v.product_id = p.id AND v.deleted_at IS NULL), p.price),
                    p.max_price = (SELECT MAX(v.price) FROM product_variants v
                                   WHERE v.product_id = p.id AND v.deleted_at IS NULL),
                    p.compare_at_price = (SELECT CASE WHEN v.compare_at_price > v.price THEN v.compare_at_price END
                                          FROM product_variants v
                                          WHERE v.product_id = p.id AND v.deleted_at IS NULL
                                          ORDER BY v.price, v.position, v.id LIMIT 1),
                    p.stock = (SELECT COALESCE(SUM(v.stock), 0) FROM product_variants v
                               WHERE v.product_id = p.id AND v.deleted_at IS NULL)
                WHERE p.id = :id
                """)
                .param("id", id)
                .update();
    }

    public Optional<Integer> findStock(long id) {
        return jdbc.sql("SELECT stock FROM products WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(Integer.class)
                .optional();
    }

    /** The current stock, read with a row lock so that it is the latest committed value. */
    public Optional<Integer> findStockForUpdate(long id) {
        return jdbc.sql("SELECT stock FROM products WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
                .param("id", id)
                .query(Integer.class)
                .optional();
    }

    /** The products (deleted ones too) with these SKUs. */
    public List<Long> findIdsBySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM products WHERE sku IN (:skus)")
                .param("skus", skus)
                .query(Long.class)
                .list();
    }

    public boolean existsBySku(String sku) {
        return jdbc.sql("SELECT COUNT(*) FROM products WHERE sku = :sku")
                .param("sku", sku)
                .query(Integer.class)
                .single() > 0;
    }

    private static Map<String, Object> columns(ProductDetails d) {
        Map<String, Object> map = new HashMap<>();
        map.put("sku", d.sku());
        map.put("name", d.name());
        map.put("brand", d.brand());
        map.put("categoryId", d.categoryId());
        map.put("description", d.description());
        map.put("price", d.price());
        map.put("currency", d.currency());
        map.put("imageUrl", d.imageUrl());
        map.put("taxClass", d.taxClass());
        map.put("weightGrams", d.weightGrams());
        map.put("status", d.status());
        map.put("publishAt", SqlTime.utc(d.publishAt()));
        return map;
    }

    /**
     * Locks the listed product's row until the transaction ends; false if it is missing or deleted. Review
     * changes take this lock first, so that concurrent reviews of one product queue up instead of
     * deadlocking in {@link #refreshRating} (which reads the product's reviews with shared locks).
     */
    public boolean lockListed(long id) {
        return jdbc.sql("SELECT id FROM products WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /** Locks the rows of these products (deleted ones too), in id order, until the transaction ends. */
    public void lockAll(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id FROM products WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                    .param("ids", ids)
                    .query(Long.class)
                    .list();
        }
    }

    /** Recomputes a product's rating from its reviews, in the same transaction as the review change. */
    public void refreshRating(long productId) {
        jdbc.sql("""
                UPDATE products p
                SET p.rating_count = (SELECT COUNT(*) FROM reviews r WHERE r.product_id = p.id),
                    p.rating_average = (SELECT COALESCE(ROUND(AVG(r.rating), 2), 0) FROM reviews r WHERE r.product_id = p.id)
                WHERE p.id = :id
                """)
                .param("id", productId)
                .update();
    }
}
