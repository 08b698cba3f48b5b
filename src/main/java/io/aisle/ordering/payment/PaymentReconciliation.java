package io.aisle.ordering.payment;

import io.aisle.ordering.OrderPayments;
import io.aisle.ordering.Payment;
import io.aisle.ordering.PaymentGateway;
import io.aisle.ordering.PaymentGateway.ProviderCharge;
import io.aisle.ordering.data.PaymentRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Checks that every paid order has exactly one charge and every charge belongs to an order, comparing three
 * books: the orders, the ledger ({@code payments}) and the provider's own charges. What the checkout's
 * design allows to happen after a crash (a provider charge whose order never committed) is repaired by
 * {@link ChargeRepair}; anything else is reported for a person to look at.
 *
 * <p>Deliberately not transactional: every repair step commits on its own, so that the claim on an
 * abandoned charge is visible to a late checkout before any money is given back.
 */
@Service
class PaymentReconciliation {

    /** Provider charges are listed from a day before the window, as their ledger rows come a moment later. */
    private static final Duration PROVIDER_LEAD = Duration.ofDays(1);

    private final PaymentGateway gateway;
    private final PaymentRepository payments;
    private final ChargeRepair repair;
    private final OrderPayments orderPayments;

    PaymentReconciliation(PaymentGateway gateway, PaymentRepository payments, ChargeRepair repair,
            OrderPayments orderPayments) {
        this.orderPayments = orderPayments;
        this.gateway = gateway;
        this.payments = payments;
        this.repair = repair;
    }

    /** What was checked and found. */
    record Report(int providerCharges, int ledgerCharges, List<Discrepancy> discrepancies) {

        boolean consistentNow() {
            return discrepancies.stream().allMatch(Discrepancy::repaired);
        }
    }

    /**
     * Compares the books for what happened from {@code from} to {@code to}; leave out the last minutes, when
     * checkouts may still be running. With {@code repairing} false, only reports.
     */
    Report reconcile(Instant from, Instant to, boolean repairing) {
        List<Discrepancy> found = new ArrayList<>();
        for (OrderPayments.Unsettled unsettled : orderPayments.unsettled(to)) {
            found.add(settle(unsettled, repairing));
        }
        List<ProviderCharge> provider = gateway.charges(from.minus(PROVIDER_LEAD), to);
        Map<Long, List<Payment>> ledger = payments.findByOrders(provider.stream().map(ProviderCharge::orderId).toList())
                .stream().collect(Collectors.groupingBy(Payment::orderId));
        for (ProviderCharge charge : provider) {
            repair.check(charge, ledger.getOrDefault(charge.orderId(), List.of()), repairing).ifPresent(found::add);
        }
        Set<String> providerReferences = provider.stream().map(ProviderCharge::reference)
                .collect(Collectors.toCollection(HashSet::new));
        List<Payment> ledgerCharges = payments.findSucceededCharges(from, to, gateway.provider());
        ledgerCharges.stream().filter(charge -> !providerReferences.contains(charge.providerReference()))
                .forEach(charge -> found.add(new Discrepancy(charge.orderId(), "the ledger's charge "
                        + charge.providerReference() + " is unknown to the payment provider", false)));
        payments.findPaidOrdersWithoutTheirCharge(from, to, gateway.provider()).forEach(order -> found.add(new Discrepancy(
                order.orderId(), order.charges() == 0 ? "paid order (" + order.paymentReference()
                        + ") without a charge in the ledger" : "paid order (" + order.paymentReference() + ", "
                        + order.total() + ") differs from its charge (" + order.chargeReference() + ", "
                        + order.charged() + ")", false)));
        payments.findSucceededChargesWithoutOrder().forEach(charge -> found.add(new Discrepancy(charge.orderId(),
                "charge " + charge.providerReference() + " in the ledger belongs to no order", false)));
        return new Report(provider.size(), ledgerCharges.size(), List.copyOf(found));
    }

    private Discrepancy settle(OrderPayments.Unsettled unsettled, boolean repairing) {
        if (!repairing) {
            return new Discrepancy(unsettled.orderId(), unsettled.finding(), false);
        }
        try {
            return new Discrepancy(unsettled.orderId(), unsettled.finding() + ": " + orderPayments.settle(unsettled),
                    true);
        } catch (RuntimeException e) {
            return new Discrepancy(unsettled.orderId(), unsettled.finding() + " (settling failed: " + e.getMessage()
                    + ")", false);
        }
    }
}
