package io.aisle.returns;

import io.aisle.catalog.StockLine;
import io.aisle.catalog.StockService;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.returns.data.AllowanceRepository;
import io.aisle.returns.data.ReturnRepository;
import io.aisle.returns.data.Step;
import io.aisle.returns.internal.PlainWords;
import io.aisle.returns.internal.ReturnReader;
import io.aisle.returns.internal.ReturnSteps;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's side of returns: listing them and moving each along {@code REQUESTED → APPROVED → RECEIVED →
 * REFUNDED}, or rejecting it before the goods are back. Every step is guarded by the return's status in SQL, so of
 * two simultaneous clicks one moves it and the other gets a 409; each publishes {@link ReturnStatusChanged} in its
 * transaction. Refunding is {@link ReturnRefunds}.
 */
@Service
public class ReturnAdmin {

    private static final Set<ReturnStatus> REJECTABLE = EnumSet.of(ReturnStatus.REQUESTED, ReturnStatus.APPROVED);

    private final ReturnRepository returns;
    private final AllowanceRepository allowances;
    private final ReturnReader reader;
    private final ReturnSteps steps;
    private final StockService stock;
    private final Clock clock;

    ReturnAdmin(ReturnRepository returns, AllowanceRepository allowances, ReturnReader reader, ReturnSteps steps,
            StockService stock, Clock clock) {
        this.returns = returns;
        this.allowances = allowances;
        this.reader = reader;
        this.steps = steps;
        this.stock = stock;
        this.clock = clock;
    }

    /** Returns in this status ({@code null}: all), newest first. */
    @Transactional(readOnly = true)
    public PageResult<Return> list(ReturnStatus status, PageQuery page) {
        return PageResult.of(reader.withLines(returns.findAll(status, page)), page, returns.count(status));
    }

    @Transactional(readOnly = true)
    public Return get(long returnId) {
        return steps.get(returnId);
    }


    /** The shop agrees to take the goods back; the customer is told to send them. */
    @Transactional
    public Return approve(long returnId) {
        return steps.move(steps.get(returnId), Set.of(ReturnStatus.REQUESTED),
                Step.to(ReturnStatus.APPROVED, clock.instant()));
    }

    /**
     * The shop refuses the return, before the goods are back, telling the customer why; its units may be asked for
     * again.
     */
    @Transactional
    public Return reject(long returnId, String note) {
        String words = PlainWords.of(note, "note", 1000);
        if (words == null) {
            throw new InvalidRequestException("note", "must tell the customer why the return is rejected");
        }
        Return rejected = steps.move(steps.get(returnId), REJECTABLE,
                new Step(ReturnStatus.REJECTED, clock.instant(), words, null, null));
        rejected.lines().forEach(line -> allowances.release(rejected.orderId(), line.variantId(), line.quantity()));
        return rejected;
    }

    /** The goods are back; with {@code restock} they go back on sale (once, with the status change). */
    @Transactional
    public Return receive(long returnId, boolean restock) {
        Return received = steps.move(steps.get(returnId), Set.of(ReturnStatus.APPROVED),
                new Step(ReturnStatus.RECEIVED, clock.instant(), null, restock, null));
        if (restock) {
            stock.putBack(received.lines().stream().map(line -> new StockLine(line.productId(), line.variantId(), line.quantity()))
                    .toList());
        }
        return received;
    }
}
