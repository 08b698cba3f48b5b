package io.aisle;

import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Hand-made customer histories written straight into the tables, for feature and label tests with known
 * answers. Dates sit around {@link #CUTOFF}, decades before the rows other tests make "now", so those
 * never fall into the windows under test, and the fixtures never show up first in "latest" lists.
 */
public record Histories(JdbcClient jdbc) {

    public static final Instant CUTOFF = Instant.parse("2001-01-01T00:00:00Z");

    /** The instant this many (possibly fractional) days before the cutoff; negative is after it. */
    public static Instant daysBefore(double days) {
        return CUTOFF.minus(Duration.ofSeconds(Math.round(days * 86_400)));
    }

    /** An order of this status and total with one item per category; a cancelled order gets cancelledAt. */
    public long order(long userId, String status, String total, Instant createdAt, Instant cancelledAt,
            String... categories) {
        BigDecimal amount = new BigDecimal(total);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO orders (user_id, status, subtotal, shipping_fee, total, currency, item_count,
                                    ship_full_name, ship_line1, ship_city, ship_postal_code, ship_country,
                                    estimated_delivery, created_at, updated_at, cancelled_at)
                VALUES (:userId, :status, :total, 0, :total, 'USD', :items, 'Fixture', '1 Road', 'Town', '1000',
                        'US', :delivery, :createdAt, :createdAt, :cancelledAt)
                """)
                .param("userId", userId)
                .param("status", status)
                .param("total", amount)
                .param("items", categories.length)
                .param("delivery", LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(5))
                .param("createdAt", SqlTime.utc(createdAt))
                .param("cancelledAt", SqlTime.utc(cancelledAt))
                .update(keys);
        long orderId = keys.getKeyAs(Number.class).longValue();
        BigDecimal perItem = categories.length == 0 ? amount : amount.divide(BigDecimal.valueOf(categories.length), 2, RoundingMode.HALF_UP);
        for (String category : categories) {
            jdbc.sql("""
                    INSERT INTO order_items (order_id, product_id, sku, product_name, category_slug, category_name,
                                             unit_price, quantity, line_total)
                    VALUES (:orderId, 1, 'FIXTURE', 'Fixture', :category, :category, :price, 1, :price)
                    """)
                    .param("orderId", orderId)
                    .param("category", category)
                    .param("price", perItem)
                    .update();
        }
        return orderId;
    }

    /** A live order (DELIVERED) of this total, one item per category. */
    public long order(long userId, String total, Instant createdAt, String... categories) {
        return order(userId, "DELIVERED", total, createdAt, null, categories);
    }

    public void event(long userId, String type, Instant at) {
        jdbc.sql("INSERT INTO behavior_events (event_type, user_id, occurred_at) VALUES (:type, :userId, :at)")
                .param("type", type)
                .param("userId", userId)
                .param("at", SqlTime.utc(at))
                .update();
    }
}
