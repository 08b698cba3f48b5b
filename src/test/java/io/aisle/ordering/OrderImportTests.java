package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrderImportTests extends ApiTest {

    private static final Instant PLACED = Instant.parse("2025-06-07T08:09:10.5Z");

    @Autowired
    OrderImport orderImport;

    @Autowired
    ProductService products;

    @Test
    void storesDeliveredAndCancelledOrdersPricedLikeACheckoutWithoutMovingStock() {
        long userId = newCustomer().id();
        Product cheap = products.get(newProduct("books", new BigDecimal("12.50"), 7));
        Product dear = products.get(newProduct("sports", new BigDecimal("40.00"), 3));
        Instant cancelledAt = PLACED.plus(Duration.ofHours(2));

        List<Long> ids = orderImport.importAll(List.of(
                new HistoricalOrder(userId, PLACED, null, List.of(line(cheap, "12.50", 2))),
                new HistoricalOrder(userId, PLACED.plus(Duration.ofDays(3)), cancelledAt,
                        List.of(line(cheap, "11.00", 1), line(dear, "40.00", 2)))));

        Map<String, Object> delivered = row(ids.get(0));
        assertThat(delivered.get("status")).isEqualTo("DELIVERED");
        assertThat(delivered.get("subtotal")).isEqualTo(new BigDecimal("25.00"));
        assertThat(delivered.get("shipping_fee")).isEqualTo(new BigDecimal("9.99"));
        assertThat(delivered.get("total")).isEqualTo(new BigDecimal("34.99"));
        assertThat(delivered.get("item_count")).isEqualTo(2);
        assertThat(delivered.get("ship_country")).isEqualTo("US");
        assertThat(delivered.get("created_at")).isEqualTo(stamp(PLACED));
        assertThat(delivered.get("updated_at")).isEqualTo(stamp(PLACED));
        assertThat(delivered.get("estimated_delivery")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2025, 6, 12)));
        assertThat(delivered.get("cancelled_at")).isNull();

        Map<String, Object> cancelled = row(ids.get(1));
        assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.get("subtotal")).isEqualTo(new BigDecimal("91.00"));
        assertThat(cancelled.get("shipping_fee")).isEqualTo(new BigDecimal("0.00"));
        assertThat(cancelled.get("total")).isEqualTo(new BigDecimal("91.00"));
        assertThat(cancelled.get("item_count")).isEqualTo(3);
        assertThat(cancelled.get("cancelled_at")).isEqualTo(stamp(cancelledAt));

        assertThat(jdbc.sql("""
                SELECT sku, unit_price, quantity, line_total FROM order_items WHERE order_id = :id ORDER BY id
                """).param("id", ids.get(1)).query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2) + " x"
                + rs.getInt(3) + " = " + rs.getBigDecimal(4)).list())
                .containsExactly(cheap.sku() + " 11.00 x1 = 11.00", dear.sku() + " 40.00 x2 = 80.00");
        assertThat(products.findAll(List.of(cheap.id(), dear.id())))
                .extracting(Product::stock).containsExactlyInAnyOrder(7, 3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM behavior_events WHERE user_id = :id AND event_type = 'CHECKOUT'")
                .param("id", userId).query(Integer.class).single()).isZero();
    }

    @Test
    void returnsTheIdsInTheOrderGivenAcrossBatches() {
        long userId = newCustomer().id();
        Product product = products.get(newProduct("books", new BigDecimal("1.00"), 1));
        List<HistoricalOrder> orders = IntStream.range(0, 4_100)
                .mapToObj(n -> new HistoricalOrder(userId, PLACED.plusSeconds(n), null,
                        List.of(line(product, "1.00", 1 + n % 5))))
                .toList();

        List<Long> ids = orderImport.importAll(orders);

        assertThat(ids).hasSize(4_100).doesNotContainNull().doesNotHaveDuplicates();
        for (int n : new int[] {0, 2_999, 4_099}) {
            assertThat(row(ids.get(n)).get("created_at")).isEqualTo(stamp(PLACED.plusSeconds(n)));
            assertThat(row(ids.get(n)).get("item_count")).isEqualTo(1 + n % 5);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM order_items WHERE order_id IN (:ids)").param("ids", ids)
                .query(Integer.class).single()).isEqualTo(4_100);
    }

    private static HistoricalOrder.Line line(Product product, String price, int quantity) {
        return new HistoricalOrder.Line(product.id(), product.sku(), product.name(), product.category().slug(),
                product.category().name(), new BigDecimal(price), quantity);
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id").param("id", id).query().singleRow();
    }

    /** How a DATETIME column of this instant reads back in a row map. */
    private static Timestamp stamp(Instant instant) {
        return Timestamp.valueOf(SqlTime.utc(instant));
    }
}
