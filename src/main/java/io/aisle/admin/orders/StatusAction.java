package io.aisle.admin.orders;

import io.aisle.ordering.OrderStatus;
import java.util.Arrays;
import java.util.List;

/** The buttons that move an order on; a page offers only those the status flow allows from where it is. */
enum StatusAction {
    SHIP(OrderStatus.SHIPPED, "Ship", false),
    DELIVER(OrderStatus.DELIVERED, "Deliver", false),
    CANCEL(OrderStatus.CANCELLED, "Cancel order", true);

    final OrderStatus target;
    final String label;
    final boolean destructive;

    StatusAction(OrderStatus target, String label, boolean destructive) {
        this.target = target;
        this.label = label;
        this.destructive = destructive;
    }

    static List<StatusAction> allowedFrom(OrderStatus current) {
        return Arrays.stream(values()).filter(action -> current.canBecome(action.target)).toList();
    }

    public OrderStatus getTarget() {
        return target;
    }

    public String getLabel() {
        return label;
    }

    public boolean isDestructive() {
        return destructive;
    }
}
