package io.aisle.catalog.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With several instances on one database, a product edited or deleted on one instance reaches the search
 * index of the others within {@code aisle.catalog.search.catch-up} (5 s): each looks at what was written
 * since its last look. The look reaches back {@link #OVERLAP} further, for clocks that differ between
 * instances and for writes that commit after the time they carry; products already seen are skipped.
 */
@Component
@ConditionalOnWebApplication
class SearchCatchUp {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);
    static final Duration OVERLAP = Duration.ofMinutes(1);

    private final ProductIndex index;
    private final Clock clock;
    private Instant lastLook;

    SearchCatchUp(ProductIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
        this.lastLook = clock.instant();
    }

    @Scheduled(fixedDelayString = "${aisle.catalog.search.catch-up:5s}", initialDelayString = "${aisle.catalog.search.catch-up:5s}")
    synchronized void catchUp() {
        Instant look = clock.instant();
        try {
            int changed = index.catchUp(lastLook.minus(OVERLAP));
            if (changed > 0) {
                log.info("Search index: took in {} product change(s) made on other instances", changed);
            }
            lastLook = look;
        } catch (RuntimeException e) {
            // the next look reaches back to the last one that worked
            log.warn("Could not take in other instances' product changes", e);
        }
    }
}
