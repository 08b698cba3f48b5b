package io.aisle.platform.telemetry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Aisle's few telemetry settings into Spring Boot's, before logging and the application start.
 *
 * <ul>
 * <li>{@code AISLE_OTLP_ENDPOINT} (e.g. {@code http://collector:4318/v1/traces}): traces are exported over OTLP/HTTP
 * only when it is set, sampled at {@code AISLE_TRACING_SAMPLING} (default 1.0). Unset, no exporter exists and the
 * sampler keeps nothing: requests still get trace ids (in the logs, and passed on in {@code traceparent}), but no span
 * is recorded or sent. Boot's own exporter condition cannot express this: it takes an empty endpoint for a set one.
 * <li>{@code AISLE_LOG_FORMAT}: {@code text} (default), or {@code json} (an alias of {@code ecs}), {@code ecs},
 * {@code logstash}, {@code gelf}: one JSON object a line on the console, with the trace id.
 * </ul>
 * The values go in as defaults (last property source): Spring Boot's own {@code management.*} and {@code logging.*}
 * properties, when given, win.
 */
public class TelemetrySettings implements EnvironmentPostProcessor {

    static final String ENDPOINT = "AISLE_OTLP_ENDPOINT";
    static final String SAMPLING = "AISLE_TRACING_SAMPLING";
    static final String LOG_FORMAT = "AISLE_LOG_FORMAT";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        String endpoint = environment.getProperty(ENDPOINT, "").strip();
        if (endpoint.isEmpty()) {
            defaults.put("management.tracing.sampling.probability", "0.0");
        } else {
            defaults.put("management.opentelemetry.tracing.export.otlp.endpoint", endpoint);
            defaults.put("management.tracing.sampling.probability", environment.getProperty(SAMPLING, "1.0"));
        }
        String format = environment.getProperty(LOG_FORMAT, "text").strip().toLowerCase(Locale.ROOT);
        switch (format) {
            case "", "text" -> { }
            case "json", "ecs" -> defaults.put("logging.structured.format.console", "ecs");
            case "logstash", "gelf" -> defaults.put("logging.structured.format.console", format);
            default -> throw new IllegalStateException(LOG_FORMAT + " must be text, json, ecs, logstash or gelf, not '"
                    + format + "'");
        }
        environment.getPropertySources().addLast(new MapPropertySource("aisleTelemetry", defaults));
    }
}
