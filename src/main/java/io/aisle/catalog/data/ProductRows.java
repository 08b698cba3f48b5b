package io.aisle.catalog.data;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductStatus;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one SELECT list and row mapping for products, shared by every product query. */
final class ProductRows {

    static final String SELECT = """
            SELECT p.id, p.sku, p.name, p.brand, c.slug AS category_slug, c.name AS category_name,
                   p.description, p.price, p.currency, p.stock, p.image_url, p.rating_average,
                   p.rating_count, p.created_at, p.tax_class, p.weight_grams, p.status, p.publish_at,
                   p.max_price, p.compare_at_price
            FROM products p
            JOIN categories c ON c.id = p.category_id
            """;

    private ProductRows() {
    }

    static Product map(ResultSet rs, int row) throws SQLException {
        return new Product(
                rs.getLong("id"),
                rs.getString("sku"),
                rs.getString("name"),
                rs.getString("brand"),
                new Product.CategoryRef(rs.getString("category_slug"), rs.getString("category_name")),
                rs.getString("description"),
                rs.getBigDecimal("price"),
                rs.getString("currency"),
                rs.getInt("stock"),
                rs.getString("image_url"),
                rs.getBigDecimal("rating_average"),
                rs.getInt("rating_count"),
                SqlTime.instant(rs, "created_at"),
                rs.getString("tax_class"),
                rs.getInt("weight_grams"),
                ProductStatus.valueOf(rs.getString("status")),
                SqlTime.instant(rs, "publish_at"),
                rs.getBigDecimal("max_price"),
                rs.getBigDecimal("compare_at_price"),
                null,
                "");
    }
}
