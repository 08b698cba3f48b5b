package io.aisle.insights.internal;

import io.aisle.insights.InsightsProperties;
import io.aisle.insights.ModelTarget;
import io.aisle.insights.TrainingJobs;
import io.aisle.insights.loading.SimulationLoader;
import io.aisle.insights.simulation.SimulationSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a shop's first start (no training job ever asked for), loads {@code aisle.insights.demo-customers}
 * simulated customers whose twelve months of history end today, and trains the first models on them, in
 * the background: a fresh shop then shows what the insights do. The simulated accounts cannot sign in
 * (docs/ml.md, "Simulator"). Set the count to 0 for a shop with real customers. Only the web shop does
 * this, never a command-line run.
 */
@Component
@ConditionalOnWebApplication
class DemoCustomers {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);
    static final int MONTHS = 12;
    static final long SEED = 42;

    private final InsightsProperties properties;
    private final TrainingJobs jobs;
    private final SimulationLoader loader;
    private final Clock clock;

    DemoCustomers(InsightsProperties properties, TrainingJobs jobs, SimulationLoader loader, Clock clock) {
        this.properties = properties;
        this.jobs = jobs;
        this.loader = loader;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onFirstStart() {
        int customers = properties.demoCustomers();
        if (customers == 0 || jobs.anyEver()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        SimulationSettings settings = SimulationSettings.endingOn(today, customers, MONTHS, SEED);
        log.info("First start: loading {} simulated demo customers and training the first models", customers);
        // instances starting together on a fresh database load the customers once
        jobs.startOnce("first start", EnumSet.allOf(ModelTarget.class), "first start (demo customers)",
                () -> loader.load(settings));
    }
}
