package io.aisle.admin.internal;

import io.aisle.platform.LiveEvents;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event streams the admin pages connect to (htmx's SSE extension, {@code sse-connect}); a reconnecting page
 * gets the events it missed after the last one it saw.
 */
@Controller
class LiveUpdatesPageController {

    private final LiveEvents live;

    LiveUpdatesPageController(LiveEvents live) {
        this.live = live;
    }

    /** New orders, for the dashboard's feed: event {@code order}, an {@code <li>}. */
    @GetMapping("/admin/events/orders")
    SseEmitter orders(@RequestHeader(name = LiveEvents.LAST_EVENT_ID, required = false) String lastEventId) {
        return live.subscribe(OrderFeed.TOPIC, lastEventId);
    }

    /** Stock levels, for the product pages: event {@code stock-<productId>}, the level's markup. */
    @GetMapping("/admin/events/stock")
    SseEmitter stock(@RequestHeader(name = LiveEvents.LAST_EVENT_ID, required = false) String lastEventId) {
        return live.subscribe(StockFeed.TOPIC, lastEventId);
    }

    /** Training jobs, for the Models page: event {@code training}, the job's progress markup. */
    @GetMapping("/admin/events/training")
    SseEmitter training(@RequestHeader(name = LiveEvents.LAST_EVENT_ID, required = false) String lastEventId) {
        return live.subscribe(TrainingFeed.TOPIC, lastEventId);
    }
}
