package io.aisle.returns;

import io.aisle.returns.data.ReturnImportRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers' returns as of a point in time, for insights' features: one grouped query for all customers. */
@Service
public class ReturnHistory {

    private final ReturnImportRepository repository;

    ReturnHistory(ReturnImportRepository repository) {
        this.repository = repository;
    }

    /** Every customer with a return requested before the cutoff and not rejected, by user id. */
    @Transactional(readOnly = true)
    public List<CustomerReturns> asOf(Instant cutoff) {
        return repository.asOf(cutoff, null);
    }

    /** Those of these customers with such a return, by user id. */
    @Transactional(readOnly = true)
    public List<CustomerReturns> asOf(Instant cutoff, Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : repository.asOf(cutoff, userIds);
    }
}
