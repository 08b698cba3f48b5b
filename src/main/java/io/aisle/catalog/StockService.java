package io.aisle.catalog;

import io.aisle.catalog.data.ProductRepository;
import io.aisle.catalog.data.VariantRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves stock for orders. Both methods join the caller's transaction, so that a failed checkout puts
 * everything back by rolling back.
 */
@Service
public class StockService {

    private final ProductRepository products;
    private final VariantRepository variants;
    private final ApplicationEventPublisher events;
    private final StockConflicts conflicts;

    StockService(ProductRepository products, VariantRepository variants, ApplicationEventPublisher events,
            StockConflicts conflicts) {
        this.conflicts = conflicts;
        this.products = products;
        this.variants = variants;
        this.events = events;
    }

    /**
     * Takes every line from stock or none: the first line that cannot be served throws
     * {@link OutOfStockException} naming the product, and the caller's transaction rolls back. The variants'
     * rows are taken in variant-id order and then the products' sums in product-id order, so that concurrent
     * multi-line checkouts (and the admin's variant edits, which lock variants before their product) lock rows in
     * the same order and cannot deadlock each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void take(List<StockLine> lines) {
        for (StockLine line : byVariant(lines)) {
            if (!variants.changeStock(line.variantId(), -line.quantity(), Integer.MAX_VALUE)) {
                conflicts.refused();
                Product product = products.findById(line.productId())
                        .orElseThrow(() -> new ProductNotFoundException(line.productId()));
                // a locking read sees the latest commit; a plain one may show this transaction's snapshot
                int available = variants.findStockForUpdate(line.variantId()).orElse(0);
                throw new OutOfStockException(product.id(), product.name(), available, line.quantity());
            }
        }
        moveSums(lines, -1);
    }

    /** Puts the lines back into stock (a cancelled order, a returned item), deleted products and variants included. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putBack(List<StockLine> lines) {
        List<StockLine> forSale = new java.util.ArrayList<>();
        for (StockLine line : byVariant(lines)) {
            variants.restock(line.variantId(), line.quantity());
            // units back in a variant the admin took out of sale are kept with it, but are not for sale in the sum
            if (variants.isLive(line.variantId())) {
                forSale.add(line);
            }
        }
        moveSums(forSale, 1);
    }

    private static List<StockLine> byVariant(List<StockLine> lines) {
        return lines.stream().sorted(Comparator.comparingLong(StockLine::variantId)).toList();
    }

    private void moveSums(List<StockLine> lines, int sign) {
        Map<Long, Integer> byProduct = new TreeMap<>();
        lines.forEach(line -> byProduct.merge(line.productId(), line.quantity(), Integer::sum));
        byProduct.forEach((productId, quantity) -> {
            products.moveStock(productId, sign * quantity);
            publishLevel(productId, sign * quantity);
        });
    }

    private void publishLevel(long productId, int moved) {
        products.findStock(productId).ifPresent(stock ->
                events.publishEvent(new ProductChanged(productId, ProductChanged.Kind.STOCK, stock, stock - moved)));
    }
}
