package io.aisle.returns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderItem;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What returned units paid: the line after its discount share, with its tax when prices exclude tax. */
class BoughtTests {

    private static final OrderItem LAMP = item(1, "40.00", 1, "4.00", "2.61");
    private static final OrderItem MUGS = item(2, "10.00", 3, "1.00", "2.10");

    @Test
    void aLinePaysItsTotalLessItsDiscountPlusItsTaxWhenPricesExcludeTax() {
        List<Bought> lines = Bought.of(order(false, "80.42", LAMP, MUGS));

        assertThat(lines).extracting(Bought::paid).containsExactly(new BigDecimal("38.61"), new BigDecimal("31.10"));
    }

    @Test
    void aLinePaysItsTotalLessItsDiscountWhenPricesIncludeTax() {
        List<Bought> lines = Bought.of(order(true, "75.99", LAMP, MUGS));

        assertThat(lines).extracting(Bought::paid).containsExactly(new BigDecimal("36.00"), new BigDecimal("29.00"));
    }

    @Test
    void unitsReturnedOneByOneAddUpToExactlyWhatTheLinePaid() {
        Bought mugs = Bought.of(order(false, "80.42", MUGS)).get(0);

        BigDecimal first = mugs.paidFor(0, 1);
        BigDecimal second = mugs.paidFor(1, 1);
        BigDecimal third = mugs.paidFor(2, 1);

        assertThat(List.of(first, second, third)).extracting(BigDecimal::toPlainString)
                .containsExactly("10.37", "10.36", "10.37");
        assertThat(first.add(second).add(third)).isEqualByComparingTo("31.10");
        assertThat(mugs.paidFor(0, 3)).isEqualByComparingTo("31.10");
        assertThat(mugs.unitPaid()).isEqualByComparingTo("10.37");
    }

    @Test
    void theShippingPartIsWhatTheTotalHoldsBeyondTheLines() {
        // 70.00 − 5.00 discounts + 4.71 line tax + 9.99 shipping + 0.72 tax on shipping = 80.42
        assertThat(Bought.shippingPaid(order(false, "80.42", LAMP, MUGS))).isEqualByComparingTo("10.71");
        assertThat(Bought.shippingPaid(order(false, "69.71", LAMP, MUGS))).isEqualByComparingTo("0.00");
    }

    private static OrderItem item(long productId, String unitPrice, int quantity, String discount, String tax) {
        BigDecimal unit = new BigDecimal(unitPrice);
        return new OrderItem(productId, "SKU-" + productId, "Product " + productId, "home", "Home", unit, quantity,
                unit.multiply(BigDecimal.valueOf(quantity)), "standard", new BigDecimal(discount), new BigDecimal(tax),
                new BigDecimal("0.0725"), productId, "");
    }

    private static Order order(boolean pricesIncludeTax, String total, OrderItem... items) {
        return new Order(1, 1L, "a@example.com", OrderStatus.DELIVERED, PaymentStatus.PAID, List.of(items), 4,
                new BigDecimal("70.00"), new BigDecimal("9.99"), new BigDecimal("5.00"), new BigDecimal("5.43"),
                pricesIncludeTax, new BigDecimal(total), "USD", "Standard", null, List.of(), "sim_1", Instant.now(),
                null, Instant.now(), Instant.now(), null, BigDecimal.ZERO, "simulated", null);
    }
}
