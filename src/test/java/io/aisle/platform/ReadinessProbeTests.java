package io.aisle.platform;

import io.aisle.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/**
 * What a load balancer sees when an instance stops taking traffic: Spring Boot moves readiness to REFUSING_TRAFFIC
 * as a graceful shutdown begins (SIGTERM), and {@code /readyz} then answers 503 while {@code /livez} stays 200 (the
 * process is fine; only the orchestrator must not restart it), so the balancer takes the instance out before its
 * port closes.
 */
class ReadinessProbeTests extends ApiTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void answers503OnReadyzButStaysLiveWhileTheInstanceRefusesTraffic() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            api.get().uri("/readyz").exchange().expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.status").isEqualTo("OUT_OF_SERVICE");
            api.get().uri("/livez").exchange().expectStatus().isOk();
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        api.get().uri("/readyz").exchange().expectStatus().isOk();
    }
}
