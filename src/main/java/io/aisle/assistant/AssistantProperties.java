package io.aisle.assistant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Assistant settings under {@code aisle.assistant}. {@code provider} is {@code offline} or {@code openai};
 * left empty it is {@code openai} when an API key or base URL is configured, else {@code offline}.
 * {@code guestMessages} is per guest session, {@code dailyMessages} per customer and UTC day, and
 * {@code messagesPerMinute} the burst limit per customer (or per guest network address).
 */
@Validated
@ConfigurationProperties("aisle.assistant")
public record AssistantProperties(
        String provider,
        @Valid Llm llm,
        @Positive Integer guestMessages,
        @Positive Integer dailyMessages,
        @Positive Integer messagesPerMinute,
        @Positive Integer maxMessageLength,
        Duration guestTtl) {

    /** The OpenAI-compatible server: {@code baseUrl} includes {@code /v1}. */
    public record Llm(String baseUrl, String apiKey, String model, Duration timeout, @PositiveOrZero Integer maxRetries,
            @Positive Integer maxTokens, @Positive Integer maxToolRounds) {

        public Llm {
            baseUrl = blank(baseUrl) ? "https://api.openai.com/v1" : baseUrl.strip();
            model = blank(model) ? "gpt-4o-mini" : model.strip();
            timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
            maxRetries = maxRetries == null ? 2 : maxRetries;
            maxTokens = maxTokens == null ? 600 : maxTokens;
            maxToolRounds = maxToolRounds == null ? 4 : maxToolRounds;
        }
    }

    public AssistantProperties {
        llm = llm == null ? new Llm(null, null, null, null, null, null, null) : llm;
        provider = blank(provider) ? (blank(llm.apiKey()) ? "offline" : "openai") : provider.strip();
        guestMessages = guestMessages == null ? 5 : guestMessages;
        dailyMessages = dailyMessages == null ? 50 : dailyMessages;
        messagesPerMinute = messagesPerMinute == null ? 10 : messagesPerMinute;
        maxMessageLength = maxMessageLength == null ? 1000 : maxMessageLength;
        guestTtl = guestTtl == null ? Duration.ofHours(24) : guestTtl;
    }

    public boolean usesLlm() {
        return "openai".equals(provider);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
