package io.aisle.tracking;

import io.aisle.tracking.data.BehaviorEventRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The products a signed-in customer looked at, for recommendations. */
@Service
public class ProductViews {

    private final BehaviorEventRepository events;

    ProductViews(BehaviorEventRepository events) {
        this.events = events;
    }

    /**
     * The distinct products this customer viewed, most recently viewed first. Views are written in the
     * background, so one from the last moment may not be here yet.
     */
    @Transactional(readOnly = true)
    public List<Long> recentlyViewed(long userId, int limit) {
        return events.findViewedProducts(userId, limit);
    }
}
