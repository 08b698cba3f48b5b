package io.aisle.training;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When models are trained, under {@code aisle.insights} like the other insights settings.
 *
 * @param demoCustomers simulated customers loaded (and a first model trained) on a shop's first start; 0: none
 * @param retrainCron when to retrain ({@code -}: never)
 */
@Validated
@ConfigurationProperties("aisle.insights")
public record TrainingProperties(@Min(0) Integer demoCustomers, String retrainCron) {

    public TrainingProperties {
        demoCustomers = demoCustomers == null ? 0 : demoCustomers;
    }
}
