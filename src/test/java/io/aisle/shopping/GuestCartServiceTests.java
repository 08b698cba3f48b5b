package io.aisle.shopping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.aisle.platform.AisleException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A guest's cart and a customer's follow one set of rules and refuse with the same messages; a guest cart has
 * an id for its life and a version that changes with each change.
 */
class GuestCartServiceTests extends ShoppingApiTest {

    @Autowired
    GuestCartService guestCarts;

    @Autowired
    CartService accountCarts;

    @Test
    void refusesWhatACustomersCartRefusesWithTheSameMessage() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 120);
        long scarce = newProduct(CATEGORY, new BigDecimal("5.00"), 2);
        GuestCart guest = guestCarts.add(GuestCart.empty(), product, 98);
        accountCarts.add(customer.id(), product, 98);

        assertSameRefusal(c -> accountCarts.add(customer.id(), product, 2), () -> guestCarts.add(guest, product, 2));
        assertSameRefusal(c -> accountCarts.add(customer.id(), product, 0), () -> guestCarts.add(guest, product, 0));
        assertSameRefusal(c -> accountCarts.set(customer.id(), product, 100), () -> guestCarts.set(guest, product, 100));
        assertSameRefusal(c -> accountCarts.set(customer.id(), scarce, 3), () -> guestCarts.set(guest, scarce, 3));
        assertSameRefusal(c -> accountCarts.add(customer.id(), scarce, 3), () -> guestCarts.add(guest, scarce, 3));
        assertThat(guest.quantity(product)).isEqualTo(98);
        assertThat(guest.quantity(scarce)).isZero();
    }

    @Test
    void keepsItsIdAndChangesItsVersionWithEveryChange() {
        long lamp = newProduct(CATEGORY, new BigDecimal("5.00"), 10);
        long mug = newProduct(CATEGORY, new BigDecimal("3.00"), 10);
        GuestCart empty = GuestCart.empty();

        GuestCart one = guestCarts.add(empty, lamp, 1);
        GuestCart two = guestCarts.add(one, mug, 2);
        GuestCart three = guestCarts.set(two, lamp, 4);
        GuestCart four = guestCarts.remove(three, mug);

        assertThat(java.util.List.of(one, two, three, four)).extracting(GuestCart::id).containsOnly(empty.id());
        assertThat(java.util.List.of(empty, one, two, three, four)).extracting(GuestCart::version)
                .doesNotHaveDuplicates().isSorted();
        assertThat(guestCarts.remove(four, mug)).isSameAs(four);
        assertThat(GuestCart.empty().id()).isNotEqualTo(empty.id());
        assertThat(four.lines()).extracting(GuestCart.Line::productId, GuestCart.Line::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lamp, 4));
        assertThat(guestCarts.lines(three)).extracting(line -> line.product().id(), CartLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lamp, 4), org.assertj.core.groups.Tuple.tuple(mug, 2));
    }

    @Test
    void movesIntoTheCustomersCartCappedByTheSameRules() {
        Customer customer = newCustomer();
        long scarce = newProduct(CATEGORY, new BigDecimal("5.00"), 3);
        accountCarts.add(customer.id(), scarce, 2);
        GuestCart guest = guestCarts.add(GuestCart.empty(), scarce, 3);

        assertThat(guestCarts.moveInto(customer.id(), guest)).singleElement().asString()
                .endsWith("(3 in your cart, the most we can sell you)");
        assertThat(accountCarts.view(customer.id()).itemCount()).isEqualTo(3);
    }

    private static void assertSameRefusal(Consumer<Void> account, Runnable guest) {
        AisleException expected = catchThrowableOfType(AisleException.class, () -> account.accept(null));
        assertThat(expected).as("the customer's cart refuses").isNotNull();
        assertThatThrownBy(guest::run).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }
}
