package io.aisle.ordering.payment;

import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code reconcile-payments [--days=N] [--grace-minutes=M] [--dry-run]}: checks that every paid order has
 * exactly one charge and every charge belongs to an order, over the last N days except the last M minutes
 * (checkouts still running), prints each discrepancy, repairs what is safe to repair (gives back the money
 * of a charge whose order never committed) and exits 0 when the books agree now, 1 when a person must look.
 */
@Component
class ReconcilePaymentsCommand implements AisleCommand {

    private final PaymentReconciliation reconciliation;
    private final Clock clock;

    ReconcilePaymentsCommand(PaymentReconciliation reconciliation, Clock clock) {
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reconcile-payments";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("days", "grace-minutes", "dry-run"));
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments.positional());
        }
        int days = arguments.intOption("days", 30);
        int grace = arguments.intOption("grace-minutes", 10);
        if (days < 1 || grace < 0) {
            throw new IllegalArgumentException("--days must be at least 1 and --grace-minutes at least 0");
        }
        boolean repairing = !arguments.flag("dry-run");
        Instant to = clock.instant().minus(Duration.ofMinutes(grace));
        Instant from = to.minus(Duration.ofDays(days));
        PaymentReconciliation.Report report = reconciliation.reconcile(from, to, repairing);
        out.printf("Compared %d provider charges and %d ledger charges from %s to %s.%n", report.providerCharges(),
                report.ledgerCharges(), from, to);
        report.discrepancies().forEach(d -> out.printf("order %d: %s%s%n", d.orderId(), d.finding(),
                d.repaired() ? "" : repairing ? " [needs a person]" : " [not repaired: dry run]"));
        long left = report.discrepancies().stream().filter(d -> !d.repaired()).count();
        if (report.discrepancies().isEmpty()) {
            out.println("Consistent: every paid order has exactly one charge and every charge belongs to an order.");
        } else {
            out.printf("Discrepancies: %d found, %d repaired, %d left.%n", report.discrepancies().size(),
                    report.discrepancies().size() - left, left);
        }
        return left == 0 ? 0 : 1;
    }
}
