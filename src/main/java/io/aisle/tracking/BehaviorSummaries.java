package io.aisle.tracking;

import io.aisle.tracking.data.BehaviorSummaryRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' behaviour as of a point in time, for insights' models. One grouped query over all customers,
 * so it scales to tens of thousands of them. See {@link BehaviorSummary} for the definitions.
 */
@Service
public class BehaviorSummaries {

    private final BehaviorSummaryRepository summaries;

    BehaviorSummaries(BehaviorSummaryRepository summaries) {
        this.summaries = summaries;
    }

    /** Every signed-in customer with an event before the cutoff, by user id. */
    @Transactional(readOnly = true)
    public List<BehaviorSummary> asOf(Instant cutoff) {
        return summaries.asOf(cutoff);
    }

    /** Like {@link #asOf(Instant)}, for these customers only (an empty collection gives an empty list). */
    @Transactional(readOnly = true)
    public List<BehaviorSummary> asOf(Instant cutoff, Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : summaries.asOf(cutoff, userIds);
    }
}
