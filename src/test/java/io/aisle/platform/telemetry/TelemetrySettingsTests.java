package io.aisle.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** How Aisle's telemetry variables become Spring Boot's settings, and that Boot's own settings win. */
class TelemetrySettingsTests {

    private static StandardEnvironment environment(Map<String, Object> values) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        new TelemetrySettings().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void exportsAllTracesToTheEndpointOnlyWhenOneIsSet() {
        StandardEnvironment off = environment(Map.of());
        assertThat(off.getProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isNull();
        assertThat(off.getProperty("management.tracing.sampling.probability")).isEqualTo("0.0");

        StandardEnvironment on = environment(Map.of("AISLE_OTLP_ENDPOINT", "http://collector:4318/v1/traces"));
        assertThat(on.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://collector:4318/v1/traces");
        assertThat(on.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");

        StandardEnvironment sampled = environment(Map.of("AISLE_OTLP_ENDPOINT", "http://collector:4318/v1/traces",
                "AISLE_TRACING_SAMPLING", "0.05"));
        assertThat(sampled.getProperty("management.tracing.sampling.probability")).isEqualTo("0.05");
        assertThat(environment(Map.of("AISLE_OTLP_ENDPOINT", " ")).getProperty(
                "management.opentelemetry.tracing.export.otlp.endpoint")).isNull();
    }

    @Test
    void leavesSpringBootsOwnSettingsInCharge() {
        StandardEnvironment environment = environment(Map.of("AISLE_OTLP_ENDPOINT", "http://collector:4318/v1/traces",
                "management.tracing.sampling.probability", "0.2", "logging.structured.format.console", "gelf",
                "AISLE_LOG_FORMAT", "json"));
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.2");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("gelf");
    }

    @Test
    void writesJsonLogsWhenAskedAndRefusesAFormatItDoesNotKnow() {
        assertThat(environment(Map.of()).getProperty("logging.structured.format.console")).isNull();
        assertThat(environment(Map.of("AISLE_LOG_FORMAT", "json")).getProperty("logging.structured.format.console"))
                .isEqualTo("ecs");
        assertThat(environment(Map.of("AISLE_LOG_FORMAT", "Logstash"))
                .getProperty("logging.structured.format.console")).isEqualTo("logstash");
        assertThatThrownBy(() -> environment(Map.of("AISLE_LOG_FORMAT", "xml")))
                .hasMessageContaining("AISLE_LOG_FORMAT must be text, json, ecs, logstash or gelf");
    }
}
