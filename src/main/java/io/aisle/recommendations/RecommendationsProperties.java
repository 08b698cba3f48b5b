package io.aisle.recommendations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Recommendation settings under {@code aisle.recommendations}: how long a product's "also bought"
 * ranking and a customer's "for you" ranking are reused before they are computed again (zero: never).
 */
@ConfigurationProperties("aisle.recommendations")
public record RecommendationsProperties(Duration relatedTtl, Duration personalTtl) {

    public RecommendationsProperties {
        relatedTtl = relatedTtl == null ? Duration.ofMinutes(5) : relatedTtl;
        personalTtl = personalTtl == null ? Duration.ofSeconds(30) : personalTtl;
    }
}
