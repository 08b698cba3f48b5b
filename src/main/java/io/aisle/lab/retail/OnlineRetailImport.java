package io.aisle.lab.retail;

import io.aisle.catalog.HistoricalProduct;
import io.aisle.catalog.HistoricalProducts;
import io.aisle.catalog.Product;
import io.aisle.identity.HistoricalAccount;
import io.aisle.identity.HistoricalAccounts;
import io.aisle.lab.data.RetailImportRepository.ImportRun;
import io.aisle.lab.data.RetailImportRepository;
import io.aisle.ordering.HistoricalOrder;
import io.aisle.ordering.OrderImport;
import io.aisle.platform.ConflictException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Imports the UCI Online Retail transaction log (Daqing Chen, UCI Machine Learning Repository, 2015,
 * doi:10.24432/C5BW33, CC BY 4.0) into the shop, so the churn and spend models can be checked on real
 * customers: each CustomerID becomes an account that cannot sign in ({@link HistoricalAccounts}), each
 * stock code an archived product in an unlisted category ({@link HistoricalProducts}), each invoice a
 * delivered order ({@link OrderImport}) with the file's prices and postage, in GBP as in the file.
 * {@link LineKind} has the cleaning rules.
 *
 * <p>The file is read once (gzip or plain), cleaned in memory, then written a chunk of customers at a time
 * in batched statements. A run marker keyed by the SHA-256 of the uncompressed content refuses a second
 * import of the same data; a failed run gives its marker up so the file can be imported again (the chunks
 * it wrote stay, under that run's emails {@code uci-<run>-<CustomerID>@online-retail.invalid}, and are
 * never used by the evaluation, which reads the customers of a finished run).
 */
@Service
public class OnlineRetailImport {

    static final String CURRENCY = "GBP";
    static final String BRAND = "UCI Online Retail";
    static final String DESCRIPTION = "Imported from the UCI Online Retail dataset (Daqing Chen, 2015, "
            + "doi:10.24432/C5BW33, CC BY 4.0). Archived: history only, never for sale.";
    static final String SKU_PREFIX = "UCI-";
    private static final int CHUNK = 1_000;

    private final HistoricalAccounts accounts;
    private final HistoricalProducts products;
    private final OrderImport orders;
    private final RetailImportRepository runs;
    private final Clock clock;

    OnlineRetailImport(HistoricalAccounts accounts, HistoricalProducts products, OrderImport orders,
            RetailImportRepository runs, Clock clock) {
        this.accounts = accounts;
        this.products = products;
        this.orders = orders;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Imports the file and returns what it did, reporting progress a line at a time. Throws
     * {@link ConflictException} if this content was imported before.
     */
    public RetailImportResult importFile(Path file, Consumer<String> progress) {
        long started = System.nanoTime();
        RetailHistory history = new RetailHistory();
        RetailFile.Content content = RetailFile.read(file, history);
        progress.accept("read %,d lines in %.1f s".formatted(content.lines(), seconds(started)));
        long runId;
        try {
            runId = runs.insertRunning(file.toString(), content.sha256(), clock.instant());
        } catch (DuplicateKeyException e) {
            ImportRun earlier = runs.findByContent(content.sha256()).orElseThrow(() -> e);
            throw new ConflictException("Already imported", "This file's content (sha256 " + content.sha256()
                    + ") was imported by run " + earlier.id() + " from " + earlier.source() + ", started "
                    + earlier.startedAt() + ", status " + earlier.status() + ".");
        }
        try {
            RetailImportResult result = write(runId, content, history, progress, started);
            runs.markDone(runId, result.summary(), clock.instant());
            return result;
        } catch (RuntimeException e) {
            runs.markFailed(runId, String.valueOf(e), clock.instant());
            throw e;
        }
    }

    private RetailImportResult write(long runId, RetailFile.Content content, RetailHistory history,
            Consumer<String> progress, long started) {
        Map<String, Product> bySku = products.importAll(history.products().values().stream()
                .map(p -> new HistoricalProduct(SKU_PREFIX + p.stockCode(),
                        p.name().isEmpty() ? "Stock code " + p.stockCode() : p.name(), p.price(), CURRENCY))
                .toList(), BRAND, DESCRIPTION);
        progress.accept("%,d archived products ready".formatted(bySku.size()));
        Map<String, List<RetailHistory.Invoice>> byCustomer = history.ordersByCustomer();
        List<String> customers = List.copyOf(byCustomer.keySet());
        int orderCount = 0;
        long lineCount = 0;
        BigDecimal merchandise = BigDecimal.ZERO.setScale(2);
        BigDecimal postage = BigDecimal.ZERO.setScale(2);
        for (int from = 0; from < customers.size(); from += CHUNK) {
            List<String> chunk = customers.subList(from, Math.min(from + CHUNK, customers.size()));
            List<Long> ids = accounts.createAll(chunk.stream().map(c -> account(runId, c, byCustomer.get(c))).toList());
            Map<String, Long> userIds = new LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                userIds.put(chunk.get(i), ids.get(i));
            }
            runs.insertCustomers(runId, userIds);
            List<HistoricalOrder> batch = new ArrayList<>();
            for (String customer : chunk) {
                for (RetailHistory.Invoice invoice : byCustomer.get(customer)) {
                    batch.add(order(userIds.get(customer), invoice, bySku));
                    merchandise = merchandise.add(invoice.subtotal());
                    postage = postage.add(invoice.postage);
                    lineCount += invoice.items.size();
                }
            }
            orders.importAll(batch);
            orderCount += batch.size();
            progress.accept("customers %,d/%,d, orders %,d, %.1f s".formatted(from + chunk.size(), customers.size(),
                    orderCount, seconds(started)));
        }
        Map<String, Long> kinds = new LinkedHashMap<>();
        history.linesByKind().forEach((kind, count) -> kinds.put(kind.name(), count));
        return new RetailImportResult(runId, content.sha256(), content.lines(), kinds, history.customersInFile(),
                customers.size(), bySku.size(), orderCount, lineCount, history.invoicesWithoutProducts(), merchandise,
                postage, history.cancelledValue(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The account of a file's customer; it was "created" at the customer's first imported purchase. */
    private static HistoricalAccount account(long runId, String customer, List<RetailHistory.Invoice> invoices) {
        return new HistoricalAccount("uci-" + runId + "-" + customer + "@online-retail.invalid",
                "Online Retail customer " + customer, invoices.get(0).invoicedAt);
    }

    private static HistoricalOrder order(long userId, RetailHistory.Invoice invoice, Map<String, Product> bySku) {
        List<HistoricalOrder.Line> lines = invoice.items.stream().map(item -> {
            Product product = bySku.get(SKU_PREFIX + item.stockCode());
            return new HistoricalOrder.Line(product.id(), product.sku(), product.name(), product.category().slug(),
                    product.category().name(), item.unitPrice(), item.quantity());
        }).toList();
        return new HistoricalOrder(userId, invoice.invoicedAt, null, lines, invoice.postage, CURRENCY);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
