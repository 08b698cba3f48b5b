package io.aisle.ordering.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ordering.OrderingApiTest;
import io.aisle.ordering.PaymentGateway;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** The ledger of charges, written with the order, read by the admin; the provider charges an order once. */
class PaymentLedgerTests extends OrderingApiTest {

    @Autowired
    PaymentGateway gateway;

    @Test
    void recordsTheOneChargeOfAPaidOrderInTheLedgerThatTheAdminReads() {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("25.00"), 5), 2);
        String reference = jdbc.sql("SELECT payment_reference FROM orders WHERE id = :id").param("id", order)
                .query(String.class).single();

        List<?> payments = api.get().uri("/api/v1/admin/orders/{id}/payments", order)
                .header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();

        assertThat(payments).hasSize(1);
        Map<?, ?> charge = (Map<?, ?>) payments.get(0);
        assertThat(charge.get("orderId")).isEqualTo((int) order);
        assertThat(charge.get("kind")).isEqualTo("CHARGE");
        assertThat(charge.get("status")).isEqualTo("SUCCEEDED");
        assertThat(money(charge.get("amount"))).isEqualByComparingTo("50.00");
        assertThat(charge.get("currency")).isEqualTo("USD");
        assertThat(charge.get("providerReference")).isEqualTo(reference);
        assertThat(gateway.charges(Instant.EPOCH, Instant.now().plusSeconds(1)))
                .filteredOn(c -> c.orderId() == order).extracting(PaymentGateway.ProviderCharge::reference)
                .containsExactly(reference);
    }

    @Test
    void showsTheLedgerToAdminsOnlyAndAnswers404ForAMissingOrder() {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("25.00"), 5), 1);
        api.get().uri("/api/v1/admin/orders/{id}/payments", order).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isForbidden();
        expectProblem(api.get().uri("/api/v1/admin/orders/{id}/payments", Long.MAX_VALUE)
                .header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange(), 404);
    }

    @Test
    void theProviderChargesAnOrderOnceHoweverOftenItIsAsked() {
        long orderId = OrphanCharges.unusedOrderId();
        PaymentGateway.Charge charge = new PaymentGateway.Charge(orderId, 1L, "someone@example.com",
                new BigDecimal("19.98"), "USD", null);

        String first = gateway.start(charge).reference();
        String second = gateway.start(charge).reference();

        assertThat(second).isEqualTo(first).startsWith("sim_");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM simulated_provider_charges WHERE order_id = :id")
                .param("id", orderId).query(Integer.class).single()).isEqualTo(1);
        PaymentGateway.ProviderCharge recorded = gateway.charges(Instant.EPOCH, Instant.now().plusSeconds(1)).stream()
                .filter(c -> c.orderId() == orderId).findFirst().orElseThrow();
        PaymentGateway.Refund refund = new PaymentGateway.Refund(orderId, recorded.reference(), recorded.amount(), "USD",
                "refund-" + orderId, "test");
        assertThat(gateway.refund(refund)).startsWith("simre_").isEqualTo(gateway.refund(refund));
        assertThat(gateway.charges(Instant.EPOCH, Instant.now().plusSeconds(1)).stream()
                .filter(c -> c.orderId() == orderId).findFirst().orElseThrow().refunded()).isTrue();
    }
}
