package io.aisle.admin.internal;

import io.aisle.platform.LiveEvents;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The event streams the admin pages connect to (htmx's SSE extension, {@code sse-connect}). */
@Controller
class LiveUpdatesPageController {

    private final LiveEvents live;

    LiveUpdatesPageController(LiveEvents live) {
        this.live = live;
    }

    /** New orders, for the dashboard's feed: event {@code order}, an {@code <li>}. */
    @GetMapping("/admin/events/orders")
    SseEmitter orders() {
        return live.subscribe(OrderFeed.TOPIC);
    }

    /** Stock levels, for the product pages: event {@code stock-<productId>}, the level's markup. */
    @GetMapping("/admin/events/stock")
    SseEmitter stock() {
        return live.subscribe(StockFeed.TOPIC);
    }

    /** Training jobs, for the Models page: event {@code training}, the job's progress markup. */
    @GetMapping("/admin/events/training")
    SseEmitter training() {
        return live.subscribe(TrainingFeed.TOPIC);
    }
}
