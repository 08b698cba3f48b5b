package io.aisle.catalog.data;

import io.aisle.catalog.Category;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CategoryRepository {

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> findAllWithCounts() {
        return jdbc.sql("""
                SELECT c.id, c.slug, c.name, COUNT(p.id) AS product_count
                FROM categories c
                LEFT JOIN products p ON p.category_id = c.id AND p.deleted_at IS NULL
                WHERE c.listed
                GROUP BY c.id, c.slug, c.name, c.sort_order
                ORDER BY c.sort_order, c.name
                """)
                .query((rs, row) -> new Category(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getLong("product_count")))
                .list();
    }

    /** A listed category's id: products can be created only in those. */
    public Optional<Long> findIdBySlug(String slug) {
        return jdbc.sql("SELECT id FROM categories WHERE slug = :slug AND listed")
                .param("slug", slug)
                .query(Long.class)
                .optional();
    }

    /** The slug of the listed category with this slug, else with this name (in any case). */
    public Optional<String> findListedSlug(String slug, String name) {
        return jdbc.sql("""
                SELECT slug FROM categories
                WHERE listed AND (slug = :slug OR LOWER(name) = LOWER(:name))
                ORDER BY CASE WHEN slug = :slug THEN 0 ELSE 1 END, id
                LIMIT 1
                """)
                .param("slug", slug)
                .param("name", name)
                .query(String.class)
                .optional();
    }

    /**
     * Creates an unlisted category (hidden from every list, closed to new products) unless one with this
     * slug exists.
     */
    public void insertUnlistedIfAbsent(String slug, String name) {
        jdbc.sql("""
                INSERT INTO categories (slug, name, sort_order, listed) VALUES (:slug, :name, 0, FALSE)
                ON DUPLICATE KEY UPDATE slug = slug
                """)
                .param("slug", slug)
                .param("name", name)
                .update();
    }

    /** The id of the category with this slug, listed or not. */
    public Optional<Long> findAnyIdBySlug(String slug) {
        return jdbc.sql("SELECT id FROM categories WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .optional();
    }

    /** Creates the category unless a category with this slug exists; returns whether it created one. */
    public boolean insertIfAbsent(String slug, String name, int sortOrder) {
        return jdbc.sql("""
                INSERT INTO categories (slug, name, sort_order) VALUES (:slug, :name, :sortOrder)
                ON DUPLICATE KEY UPDATE slug = slug
                """)
                .param("slug", slug)
                .param("name", name)
                .param("sortOrder", sortOrder)
                .update() == 1;
    }
}
