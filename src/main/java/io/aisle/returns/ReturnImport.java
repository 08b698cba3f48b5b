package io.aisle.returns;

import io.aisle.returns.data.ReturnImportRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the returns of an imported history in bulk, for the models in insights (as ordering's
 * {@code OrderImport} writes its orders): each is a REFUNDED return, requested, received and refunded at
 * its time, with the history's refund and no lines (a history's return names money, not always the order
 * lines it came from). History, not service: no stock moves, no money moves, no e-mail, no event.
 */
@Service
public class ReturnImport {

    private final ReturnImportRepository repository;

    ReturnImport(ReturnImportRepository repository) {
        this.repository = repository;
    }

    /** Inserts the returns (in batches, under fresh idempotency keys {@code import-<uuid>-<n>}). */
    @Transactional
    public void importAll(List<HistoricalReturn> returns) {
        if (!returns.isEmpty()) {
            repository.insertAll(returns, "import-" + UUID.randomUUID() + "-");
        }
    }
}
