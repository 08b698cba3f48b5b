package io.aisle.assistant.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The assistant's provider calls on this instance ({@code aisle.assistant.calls}, tagged {@code provider}: openai or
 * offline, and {@code outcome}: answered or failed) and the offline answers given because the LLM failed
 * ({@code aisle.assistant.fallbacks}). A failed LLM call followed by a fallback counts once as failed (openai) and
 * once as answered (offline): the failure rate of the LLM is failed / (answered + failed) of provider openai.
 */
@Component
public class AssistantMeters {

    private final MeterRegistry registry;
    private final Counter fallbacks;

    AssistantMeters(MeterRegistry registry) {
        this.registry = registry;
        this.fallbacks = Counter.builder("aisle.assistant.fallbacks")
                .description("Offline answers given because the LLM failed").register(registry);
        calls("offline", "answered");
        calls("openai", "failed");
    }

    public void answered(String provider) {
        calls(provider, "answered").increment();
    }

    /** The provider failed; {@code fellBack} when the offline responder answered instead. */
    public void failed(String provider, boolean fellBack) {
        calls(provider, "failed").increment();
        if (fellBack) {
            fallbacks.increment();
        }
    }

    private Counter calls(String provider, String outcome) {
        return Counter.builder("aisle.assistant.calls").description("Assistant provider calls by outcome")
                .tag("provider", provider).tag("outcome", outcome).register(registry);
    }
}
