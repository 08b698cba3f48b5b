package io.aisle.training.internal;

import io.aisle.lab.DemoHistory;
import io.aisle.modeling.ModelTarget;
import io.aisle.training.TrainingJobs;
import io.aisle.training.TrainingProperties;
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
 * simulated customers whose twelve months of history end today ({@link DemoHistory}), and trains the first
 * models on them, in the background: a fresh shop then shows what the insights do. Set the count to 0 for a shop with real customers. Only the web shop does
 * this, never a command-line run.
 */
@Component
@ConditionalOnWebApplication
class DemoCustomers {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);
    private final TrainingProperties properties;
    private final TrainingJobs jobs;
    private final DemoHistory demo;
    private final Clock clock;

    DemoCustomers(TrainingProperties properties, TrainingJobs jobs, DemoHistory demo, Clock clock) {
        this.properties = properties;
        this.jobs = jobs;
        this.demo = demo;
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
        log.info("First start: loading {} simulated demo customers and training the first models", customers);
        // instances starting together on a fresh database load the customers once
        jobs.startOnce("first start", EnumSet.allOf(ModelTarget.class), "first start (demo customers)",
                () -> demo.loadYearEndingOn(today, customers));
    }
}
