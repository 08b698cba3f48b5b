package io.aisle.insights.internal;

import io.aisle.insights.InsightsHealth;
import io.aisle.insights.TargetHealth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The models in {@code /actuator/health} (as "insights"). The shop sells without models, so a target with
 * no model trained yet is UP (with the reason in its details); only an active model whose file cannot be
 * read is DOWN, since every prediction would then fail.
 */
@Component("insights")
class InsightsHealthIndicator implements HealthIndicator {

    private final InsightsHealth health;

    InsightsHealthIndicator(InsightsHealth health) {
        this.health = health;
    }

    @Override
    public Health health() {
        boolean broken = false;
        Health.Builder builder = Health.up();
        for (TargetHealth target : health.report()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("loaded", target.loaded());
            if (target.loaded()) {
                details.put("model", target.modelId());
                details.put("algorithm", target.algorithm());
                details.put("ageHours", target.age().toHours());
                details.put("predictions", target.predictions());
                if (target.drift() != null && target.drift().worst() != null) {
                    details.put("worstDrift", target.drift().worst());
                }
            } else {
                details.put("problem", target.problem());
                broken |= target.failing();
            }
            builder.withDetail(target.target().name().toLowerCase(), details);
        }
        return broken ? builder.down().build() : builder.build();
    }
}
