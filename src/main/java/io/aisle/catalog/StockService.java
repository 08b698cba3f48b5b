package io.aisle.catalog;

import io.aisle.catalog.data.ProductRepository;
import java.util.Comparator;
import java.util.List;
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
    private final ApplicationEventPublisher events;

    StockService(ProductRepository products, ApplicationEventPublisher events) {
        this.products = products;
        this.events = events;
    }

    /**
     * Takes every line from stock or none: the first line that cannot be served throws
     * {@link OutOfStockException} naming the product, and the caller's transaction rolls back. Lines
     * are taken in product-id order so that concurrent multi-line checkouts lock rows in the same
     * order and cannot deadlock each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void take(List<StockLine> lines) {
        for (StockLine line : lines.stream().sorted(Comparator.comparingLong(StockLine::productId)).toList()) {
            if (!products.changeStock(line.productId(), -line.quantity(), Integer.MAX_VALUE)) {
                Product product = products.findById(line.productId())
                        .orElseThrow(() -> new ProductNotFoundException(line.productId()));
                // a locking read sees the latest commit; a plain one may show this transaction's snapshot
                int available = products.findStockForUpdate(line.productId()).orElse(0);
                throw new OutOfStockException(product.id(), product.name(), available, line.quantity());
            }
            publishLevel(line.productId());
        }
    }

    /** Puts the lines back into stock (a cancelled order), deleted products included. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putBack(List<StockLine> lines) {
        for (StockLine line : lines.stream().sorted(Comparator.comparingLong(StockLine::productId)).toList()) {
            products.restock(line.productId(), line.quantity());
            publishLevel(line.productId());
        }
    }

    private void publishLevel(long productId) {
        products.findStock(productId).ifPresent(stock ->
                events.publishEvent(new ProductChanged(productId, ProductChanged.Kind.STOCK, stock)));
    }
}
