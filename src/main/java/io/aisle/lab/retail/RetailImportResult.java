package io.aisle.lab.retail;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one import of the Online Retail file did.
 *
 * @param linesByKind data lines per cleaning rule ({@code PRODUCT} and {@code POSTAGE} were imported)
 * @param customersInFile distinct CustomerIDs in the file
 * @param customers accounts created: customers with at least one imported order
 * @param orders invoices imported as orders (invoices with at least one product line)
 * @param invoicesWithoutProducts invoices of known customers with only postage or fees, left out
 * @param merchandise sum of the imported product lines (order subtotals), GBP
 * @param postage sum of the imported orders' shipping fees, GBP
 * @param cancelledValue value of the cancellation lines left out (negative), GBP
 */
public record RetailImportResult(long importId, String sha256, long dataLines, Map<String, Long> linesByKind,
        int customersInFile, int customers, int products, int orders, long orderLines, long invoicesWithoutProducts,
        BigDecimal merchandise, BigDecimal postage, BigDecimal cancelledValue, Duration elapsed) {

    public RetailImportResult {
        linesByKind = Map.copyOf(linesByKind);
    }

    /** The figures on a few lines, for the console and the run marker. */
    public String summary() {
        return """
                import %d of content sha256 %s
                data lines %,d: %s
                customers in file %,d, imported %,d; products %,d; orders %,d with %,d lines; %,d invoices \
                without products left out
                merchandise GBP %s, postage GBP %s, cancellations left out GBP %s
                time %.1f s""".formatted(importId, sha256, dataLines,
                linesByKind.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + String.format("%,d", e.getValue()))
                        .collect(Collectors.joining(", ")),
                customersInFile, customers, products, orders, orderLines, invoicesWithoutProducts,
                merchandise.toPlainString(), postage.toPlainString(), cancelledValue.toPlainString(),
                elapsed.toMillis() / 1000.0);
    }
}
