package io.aisle.tracking;

import io.aisle.tracking.data.BehaviorEventRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the behaviour events of an imported or simulated history in bulk, with their own timestamps,
 * straight to the table: unlike {@link BehaviorTracker} there is no queue, so the events are there when
 * the call returns.
 */
@Service
public class BehaviorImport {

    private static final int BATCH = 5_000;

    private final BehaviorEventRepository repository;

    BehaviorImport(BehaviorEventRepository repository) {
        this.repository = repository;
    }

    /** Inserts the events in batches of a few thousand. */
    @Transactional
    public void importAll(List<BehaviorEvent> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            repository.insertAll(events.subList(from, Math.min(from + BATCH, events.size())));
        }
    }
}
