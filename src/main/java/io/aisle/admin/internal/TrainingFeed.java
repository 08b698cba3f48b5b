package io.aisle.admin.internal;

import io.aisle.platform.Fragments;
import io.aisle.platform.LiveEvents;
import io.aisle.training.TrainingJobChanged;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pushes a training job's progress to the open Models pages at every change (queued, each phase, done): the
 * page's own {@code progress} fragment, marked live so that a finished job makes the page reload its models.
 */
@Component
class TrainingFeed {

    private static final Logger log = LoggerFactory.getLogger(TrainingFeed.class);
    static final String TOPIC = "admin:training";
    static final String EVENT = "training";

    private final LiveEvents live;
    private final Fragments fragments;

    TrainingFeed(LiveEvents live, Fragments fragments) {
        this.live = live;
        this.fragments = fragments;
    }

    /** Runs on the training thread: a page that cannot be updated must not fail the training. */
    @EventListener
    void on(TrainingJobChanged event) {
        try {
            live.publish(TOPIC, EVENT,
                    fragments.render("admin/models/index", "progress", Map.of("job", event.job(), "live", true)));
        } catch (RuntimeException e) {
            log.warn("Could not push the progress of training job {}", event.job().id(), e);
        }
    }
}
