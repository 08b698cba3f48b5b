package io.aisle.admin.orders;

import io.aisle.admin.internal.CustomerLabel;
import io.aisle.identity.User;
import io.aisle.ordering.Order;
import java.util.List;
import java.util.Map;

/** A line of the order list: the order and who placed it. */
record OrderRow(Order order, String customer) {

    static List<OrderRow> of(List<Order> orders, Map<Long, User> customers) {
        return orders.stream().map(o -> new OrderRow(o, CustomerLabel.of(o.userId(), o.email(), customers))).toList();
    }
}
