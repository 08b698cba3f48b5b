package io.aisle.ordering.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aisle.ordering.OrderingApiTest;
import io.aisle.ordering.Payment;
import io.aisle.ordering.PaymentGateway;
import io.aisle.ordering.Refunds;
import io.aisle.ordering.data.PaymentRepository;
import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a crash at any point of a checkout, every paid order has exactly one charge and every charge belongs
 * to an order once {@code reconcile-payments} has run: the crashes are simulated where they can happen (the
 * provider's answer lost after it charged, the process gone between charge and commit, or between
 * reconciliation's claim and its refund), and the command runs the way an operator runs it.
 */
class ReconcilePaymentsCommandTests extends OrderingApiTest {

    @Autowired
    List<AisleCommand> commands;

    @Autowired
    PaymentGateway gateway;

    @Autowired
    PaymentRepository ledger;

    @Autowired
    Refunds refunds;

    private record Run(int code, String output) {
    }

    private Run reconcile(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = new CommandLine(commands).run("reconcile-payments", List.of(args),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return new Run(code, buffer.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLostProviderAnswerOrdersNothingAndReconcilingGivesTheMoneyBack() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("50.00"), 5);
        addToCart(customer, product, 1);

        expectProblem(checkout(customer, Map.of("shippingAddress", ADDRESS, "paymentToken",
                SimulatedPaymentGateway.LOST_RESPONSE_TOKEN)), 503);

        assertThat(ordersOf(customer)).isZero();
        assertThat(stockInDatabase(product)).isEqualTo(5);
        assertThat((List<?>) cartOf(customer).get("items")).hasSize(1);
        PaymentGateway.ProviderCharge orphan = providerChargeOf(customer);
        assertThat(orphan.refunded()).isFalse();

        Run run = reconcile("--grace-minutes=0");

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).contains("order " + orphan.orderId() + ": provider charge " + orphan.reference()
                + " (50.00 USD) belongs to no order: the order never committed: refunded as simre_");
        assertThat(providerChargeOf(customer).refunded()).isTrue();
        assertThat(ledger.findByOrder(orphan.orderId())).extracting(Payment::kind, Payment::status).containsExactly(
                tuple(Payment.Kind.CHARGE, Payment.Status.VOIDED),
                tuple(Payment.Kind.REFUND, Payment.Status.SUCCEEDED));
        placeOrder(customer);
        assertThat(ordersOf(customer)).isOne();
    }

    @Test
    void reportsAChargeLeftByACrashBeforeCommitOnADryRunAndRepairsItOnARealRun() {
        // the process died after the provider charged and before the order committed: a charge, nothing else
        long orderId = OrphanCharges.unusedOrderId();
        String reference = gateway.start(new PaymentGateway.Charge(orderId, 1L, "someone@example.com",
                new BigDecimal("99.90"), "USD", null)).reference();

        Run dry = reconcile("--grace-minutes=0", "--dry-run");
        assertThat(dry.code()).isEqualTo(1);
        assertThat(dry.output()).contains("order " + orderId + ": provider charge " + reference
                + " (99.90 USD) belongs to no order: the order never committed [not repaired: dry run]");
        assertThat(ledger.findByOrder(orderId)).isEmpty();

        Run repair = reconcile("--grace-minutes=0");
        assertThat(repair.code()).as(repair.output()).isZero();
        assertThat(repair.output()).contains("order " + orderId + ": provider charge " + reference)
                .contains("repaired");

        Run check = reconcile("--grace-minutes=0", "--dry-run");
        assertThat(check.code()).as(check.output()).isZero();
        assertThat(check.output()).contains("Consistent: every paid order has exactly one charge and every charge "
                + "belongs to an order.").doesNotContain("order " + orderId);
    }

    @Test
    void finishesGivingBackAVoidedChargeWhenACrashCameBetweenTheClaimAndTheRefund() {
        long orderId = OrphanCharges.unusedOrderId();
        String reference = gateway.start(new PaymentGateway.Charge(orderId, 1L, "someone@example.com",
                new BigDecimal("5.00"), "USD", null)).reference();
        ledger.insert(orderId, Payment.Kind.CHARGE, Payment.Status.VOIDED, new BigDecimal("5.00"), "USD", reference,
                Instant.now(), null, null);

        Run run = reconcile("--grace-minutes=0");

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).contains("order " + orderId + ": voided charge " + reference
                + " is not refunded yet: refunded as simre_");
        assertThat(ledger.findByOrder(orderId)).extracting(Payment::kind)
                .containsExactly(Payment.Kind.CHARGE, Payment.Kind.REFUND);
    }

    @Test
    void recordsTheChargeOfAPaidOrderThatTheLedgerLacks() {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("12.00"), 5), 1);
        jdbc.sql("DELETE FROM payments WHERE order_id = :id").param("id", order).update();

        Run run = reconcile("--grace-minutes=0");

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).contains("order " + order + ": the ledger lacks the charge sim_")
                .contains("of this paid order: recorded");
        assertThat(ledger.findByOrder(order)).extracting(Payment::kind, Payment::status)
                .containsExactly(tuple(Payment.Kind.CHARGE, Payment.Status.SUCCEEDED));
    }

    @Test
    void exitsOneAndLeavesItToAPersonWhenAPaidOrderDiffersFromItsCharge() {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("12.00"), 5), 1);
        BigDecimal charged = ledger.findByOrder(order).get(0).amount();
        jdbc.sql("UPDATE payments SET amount = 1.00 WHERE order_id = :id").param("id", order).update();
        try {
            Run run = reconcile("--grace-minutes=0");

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.output()).contains("order " + order + ": paid order (sim_").contains("[needs a person]");
        } finally {
            jdbc.sql("UPDATE payments SET amount = :amount WHERE order_id = :id").param("id", order)
                    .param("amount", charged).update();
        }
    }

    @Test
    void aRefundThatTheProviderNeverConfirmedIsFinishedByReconciliationOnce() {
        long order = buy(newCustomer(), newProduct(CATEGORY, new BigDecimal("12.00"), 10), 1);
        // a refund decided and then interrupted before the provider answered: a pending ledger row
        jdbc.sql("""
                INSERT INTO payments (order_id, kind, status, amount, currency, provider_reference, created_at,
                                      request_key, reason)
                VALUES (:id, 'REFUND', 'PENDING', 4.00, 'USD', 'pending', UTC_TIMESTAMP(6) - INTERVAL 1 HOUR,
                        :key, 'Interrupted')
                """).param("id", order).param("key", "crash-" + order).update();

        assertThat(reconcile("--grace-minutes=0").output()).contains("order " + order + ": refund of 4.00 USD (Interrupted)");

        assertThat(jdbc.sql("SELECT payment_status FROM orders WHERE id = :id").param("id", order).query(String.class)
                .single()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(jdbc.sql("SELECT status FROM payments WHERE order_id = :id AND kind = 'REFUND'").param("id", order)
                .query(String.class).single()).isEqualTo("SUCCEEDED");
        assertThat(reconcile("--grace-minutes=0").output()).doesNotContain("order " + order + ":");
        // the same request again answers the finished refund and gives nothing more
        refunds.refund(order, new BigDecimal("4.00"), null, "crash-" + order);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM simulated_provider_refunds WHERE order_id = :id").param("id", order)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void refusesUnknownOptions() {
        Run run = reconcile("--since=yesterday");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.output()).contains("unknown option --since", "usage: reconcile-payments");
    }

    private int ordersOf(Customer customer) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single();
    }

    private PaymentGateway.ProviderCharge providerChargeOf(Customer customer) {
        long orderId = jdbc.sql("SELECT order_id FROM simulated_provider_charges WHERE user_id = :id")
                .param("id", customer.id()).query(Long.class).single();
        return gateway.charges(Instant.EPOCH, Instant.now().plusSeconds(1)).stream()
                .filter(c -> c.orderId() == orderId).findFirst().orElseThrow();
    }
}
