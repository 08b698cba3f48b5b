package io.aisle.returns.data;

import io.aisle.returns.ReturnLine;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lines of the returns. */
@Repository
public class ReturnLineRepository {

    private final JdbcClient jdbc;

    ReturnLineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long returnId, ReturnLine line) {
        jdbc.sql("""
                INSERT INTO return_lines (return_id, product_id, variant_id, product_name, quantity, unit_refund, amount)
                VALUES (:returnId, :productId, :variantId, :name, :quantity, :unitRefund, :amount)
                """)
                .param("returnId", returnId)
                .param("productId", line.productId())
                .param("variantId", line.variantId())
                .param("name", line.name())
                .param("quantity", line.quantity())
                .param("unitRefund", line.unitRefund())
                .param("amount", line.amount())
                .update();
    }

    /** The lines of these returns, by return id. */
    public Map<Long, List<ReturnLine>> findByReturns(Collection<Long> returnIds) {
        if (returnIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT return_id, product_id, variant_id, product_name, quantity, unit_refund, amount
                FROM return_lines
                WHERE return_id IN (:ids)
                ORDER BY return_id, variant_id
                """)
                .param("ids", returnIds)
                .query((rs, row) -> Map.entry(rs.getLong("return_id"), new ReturnLine(rs.getLong("product_id"),
                        rs.getLong("variant_id"), rs.getString("product_name"), rs.getInt("quantity"), rs.getBigDecimal("unit_refund"),
                        rs.getBigDecimal("amount"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
