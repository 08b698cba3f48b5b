package io.aisle.ordering;

import io.aisle.identity.PostalAddress;
import io.aisle.ordering.data.OrderImportRepository;
import io.aisle.ordering.data.OrderItemRepository;
import io.aisle.ordering.data.OrderImportRepository.ImportedOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the orders of an imported or simulated history in bulk, for the models in insights.
 *
 * <p>History, not sales: no stock moves, no payment is taken and no event is published. Orders are priced
 * like a checkout (shipping per {@link OrderingProperties}, total = subtotal + shipping) unless the history
 * recorded its own shipping fee and currency, and shipped to a placeholder address (in the history's country
 * when it names one). A delivered order gets shipped one day and delivered {@code deliveryDays} after it
 * was placed; {@code created_at} and {@code updated_at} are the placing time.
 *
 * <p>Ids: each call tags its orders with the idempotency key {@code import-<uuid>-<n>}, inserts them in
 * one batch, and reads the ids back by (user, key), the unique index; then the items go in one batch.
 * A batched insert does not reliably return generated keys, and allocating ids ourselves would race with
 * live checkouts.
 */
@Service
public class OrderImport {

    static final PostalAddress PLACEHOLDER_ADDRESS =
            PostalAddress.of("Simulated customer", "1 History Lane", null, "Springfield", "00000", "US");
    private static final int BATCH = 2_000;

    private final OrderImportRepository repository;
    private final OrderItemRepository items;
    private final OrderingProperties properties;

    OrderImport(OrderImportRepository repository, OrderItemRepository items, OrderingProperties properties) {
        this.repository = repository;
        this.items = items;
        this.properties = properties;
    }

    /** Inserts the orders with their items and returns the new order ids in the order given. */
    @Transactional
    public List<Long> importAll(List<HistoricalOrder> orders) {
        String prefix = "import-" + UUID.randomUUID() + "-";
        List<Long> ids = new ArrayList<>(orders.size());
        for (int from = 0; from < orders.size(); from += BATCH) {
            List<ImportedOrder> batch = new ArrayList<>();
            for (int n = from; n < Math.min(from + BATCH, orders.size()); n++) {
                batch.add(priced(orders.get(n), prefix + n));
            }
            repository.insertOrders(batch);
            Map<String, Long> byKey = repository.findIds(batch.stream().map(o -> o.order().userId()).distinct().toList(),
                    prefix);
            List<Long> batchIds = batch.stream().map(o -> byKey.get(o.idempotencyKey())).toList();
            insertItems(batchIds, batch);
            ids.addAll(batchIds);
        }
        return ids;
    }

    private void insertItems(List<Long> orderIds, List<ImportedOrder> orders) {
        List<OrderItemRepository.Row> rows = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            long orderId = orderIds.get(i);
            orders.get(i).items().forEach(item -> rows.add(new OrderItemRepository.Row(orderId, item)));
        }
        items.insertAll(rows);
    }

    /** The placeholder address, in the order's country when the history names it. */
    private static PostalAddress address(HistoricalOrder order) {
        return order.shipCountry() == null ? PLACEHOLDER_ADDRESS
                : PostalAddress.of("Imported customer", "Address not recorded", null, "Unknown", "00000",
                        order.shipCountry());
    }

    private ImportedOrder priced(HistoricalOrder order, String key) {
        BigDecimal subtotal = order.subtotal();
        BigDecimal shipping = order.shippingFee() != null ? order.shippingFee() : properties.shippingFeeFor(subtotal);
        String currency = order.currency() != null ? order.currency() : properties.currency();
        boolean delivered = order.cancelledAt() == null;
        Duration delivery = Duration.ofDays(properties.deliveryDays());
        return new ImportedOrder(order, key, order.lines().stream().map(HistoricalOrder.Line::item).toList(),
                subtotal, shipping, subtotal.add(shipping), currency, address(order),
                LocalDate.ofInstant(order.placedAt(), ZoneOffset.UTC).plusDays(properties.deliveryDays()),
                delivered ? order.placedAt().plus(Duration.ofDays(1)) : null,
                delivered ? order.placedAt().plus(delivery) : null);
    }
}
