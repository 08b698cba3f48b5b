package io.aisle.mail.internal;

import io.aisle.mail.MailProperties;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.Shipment;
import io.aisle.ordering.Shipments;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The variables of the mails about an order, read at send time: the order as it is now, its page (a customer's
 * {@code /account/orders/{id}}, a guest's secret link) and, per mail, the shipment, the refund or the return.
 */
@Component
class OrderMailModels {

    private final OrderService orders;
    private final Shipments shipments;
    private final MailProperties properties;

    OrderMailModels(OrderService orders, Shipments shipments, MailProperties properties) {
        this.orders = orders;
        this.shipments = shipments;
        this.properties = properties;
    }

    Map<String, Object> variables(MailKind kind, JsonNode model) {
        Order order = orders.get(model.get("orderId").asLong());
        Map<String, Object> variables = new HashMap<>();
        variables.put("order", order);
        variables.put("name", CustomerMails.firstName(order.shippingAddress() == null ? null
                : order.shippingAddress().fullName()));
        variables.put("orderUrl", properties.link(order.guest() ? orders.linkOf(order) : "/account/orders/" + order.id()));
        variables.put("currency", currencySymbol(order.currency()));
        switch (kind) {
            case ORDER_SHIPPED -> {
                Shipment shipment = shipments.latest(order.id()).orElse(null);
                variables.put("shipment", shipment);
                variables.put("trackingUrl", shipment == null ? null : shipment.trackingUrl());
            }
            case PAYMENT_FAILED -> variables.put("reason", text(model, "reason"));
            case REFUND_ISSUED -> {
                variables.put("amount", new BigDecimal(text(model, "amount")));
                variables.put("reason", text(model, "reason"));
                variables.put("full", model.path("full").asBoolean());
                variables.put("currency", currencySymbol(text(model, "currency")));
            }
            case RETURN_UPDATE -> {
                variables.put("returnId", model.get("returnId").asLong());
                variables.put("status", text(model, "status"));
                variables.put("note", text(model, "note"));
            }
            default -> {
            }
        }
        return variables;
    }

    private static String text(JsonNode model, String field) {
        JsonNode value = model.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    /** How amounts are written in the mails: the shop's dollar sign, or the currency's code before other amounts. */
    static String currencySymbol(String currency) {
        return currency == null || "USD".equals(currency) ? "$" : currency + " ";
    }
}
