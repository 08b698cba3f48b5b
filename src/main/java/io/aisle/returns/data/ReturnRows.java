package io.aisle.returns.data;

import io.aisle.platform.SqlTime;
import io.aisle.returns.Return;
import io.aisle.returns.ReturnReason;
import io.aisle.returns.ReturnStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

final class ReturnRows {

    private ReturnRows() {
    }

    static Return map(ResultSet rs, int row) throws SQLException {
        long userId = rs.getLong("user_id");
        Long user = rs.wasNull() ? null : userId;
        boolean restock = rs.getBoolean("restock");
        Boolean restocked = rs.wasNull() ? null : restock;
        return new Return(rs.getLong("id"), rs.getLong("order_id"), user, rs.getString("email"),
                ReturnStatus.valueOf(rs.getString("status")), ReturnReason.valueOf(rs.getString("reason")),
                rs.getString("reason_text"), rs.getString("customer_note"), rs.getString("admin_note"), restocked,
                rs.getBigDecimal("shipping_refund"), rs.getBigDecimal("shipping_refund"), rs.getBigDecimal("refund_amount"),
                rs.getString("refund_reference"), List.of(), SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "approved_at"), SqlTime.instant(rs, "received_at"),
                SqlTime.instant(rs, "refunded_at"), SqlTime.instant(rs, "rejected_at"));
    }
}
