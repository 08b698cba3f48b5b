package io.aisle.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.TraceContext;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Without {@code AISLE_OTLP_ENDPOINT} (the shared test application, as a shop out of the box) no span exporter
 * exists and the sampler records nothing, so tracing costs next to nothing and sends nothing anywhere; requests
 * still get trace ids for the logs.
 */
class TracingOffByDefaultTests extends ApiTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ObservationRegistry observations;
    @Autowired
    private Tracer tracer;

    @Test
    void hasNoSpanExporterAndRecordsNoSpanWhenNoEndpointIsSet() {
        assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();

        TraceContext[] traced = new TraceContext[1];
        String[] logged = new String[1];
        Observation.createNotStarted("tracing-off-test", observations).observe(() -> {
            traced[0] = tracer.currentSpan().context();
            logged[0] = MDC.get("traceId");
        });

        assertThat(traced[0].sampled()).as("recorded and exported spans").isFalse();
        assertThat(logged[0]).as("the trace id logs carry").isEqualTo(traced[0].traceId()).hasSize(32);
    }
}
