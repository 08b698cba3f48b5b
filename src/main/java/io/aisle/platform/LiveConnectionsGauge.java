package io.aisle.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Open server-sent event streams of this instance ({@code aisle.live.connections}): each is a page kept open by a
 * browser and holds a connection (and, on JDK 17, a thread) for as long as it lives.
 */
@Component
class LiveConnectionsGauge implements MeterBinder {

    private final LiveEvents events;

    LiveConnectionsGauge(LiveEvents events) {
        this.events = events;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("aisle.live.connections", events, LiveEvents::connections)
                .description("Open live event streams (SSE) of this instance")
                .register(registry);
    }
}
