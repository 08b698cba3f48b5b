package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's one charge row per order is the claim that keeps a late checkout and reconciliation apart:
 * once reconciliation has recorded a charge as voided (and given the money back), a checkout that only now
 * reaches the ledger cannot record it as its order's payment, so its order rolls back.
 */
class ChargeClaimTests extends OrderingApiTest {

    @Autowired
    PaymentLedger ledger;

    @Autowired
    OrderService orders;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCheckoutCannotRecordAChargeThatIsAlreadyInTheLedgerAndRollsBack() {
        Customer customer = newCustomer();
        long id = buy(customer, newProduct(CATEGORY, new BigDecimal("50.00"), 5), 1);
        Order order = orders.get(id);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> ledger.recordCharge(order, "sim_late")))
                .isInstanceOf(ChargeVoidedException.class)
                .hasMessageContaining("Nothing was ordered");
        assertThat(ledger.ofOrder(id)).extracting(Payment::providerReference).containsExactly(order.paymentReference());
    }
}
