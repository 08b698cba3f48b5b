package io.aisle.assistant.llm;

import io.aisle.assistant.AssistantProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the settings choose the {@code openai} provider, by the same rule {@link AssistantProperties} applies. */
class LlmChosen implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment()).bind("aisle.assistant", AssistantProperties.class)
                .orElseGet(() -> new AssistantProperties(null, null, null, null, null, null, null))
                .usesLlm();
    }
}
