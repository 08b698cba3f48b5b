package io.aisle.assistant.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.aisle.assistant.AssistantProperties;
import java.net.http.HttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAI-compatible chat model, only when the {@code openai} provider is chosen. A plain bean:
 * LangChain4j's Spring Boot starters do not support Boot 4. Retries use LangChain4j's exponential
 * backoff with jitter; the timeout bounds each attempt.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${aisle.assistant.provider:}' == 'openai' or ('${aisle.assistant.provider:}' == '' and '${aisle.assistant.llm.api-key:}' != '')")
class LlmConfiguration {

    @Bean
    ChatModel assistantChatModel(AssistantProperties properties) {
        AssistantProperties.Llm llm = properties.llm();
        return OpenAiChatModel.builder()
                .httpClientBuilder(JdkHttpClient.builder()
                        .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)))
                .baseUrl(llm.baseUrl())
                .apiKey(llm.apiKey() == null || llm.apiKey().isBlank() ? "none" : llm.apiKey())
                .modelName(llm.model())
                .timeout(llm.timeout())
                .maxRetries(llm.maxRetries())
                .maxTokens(llm.maxTokens())
                .temperature(0.2)
                .build();
    }

    @Bean
    OpenAiChatProvider openAiChatProvider(ChatModel assistantChatModel, AssistantProperties properties,
            ToolDispatcher tools) {
        return new OpenAiChatProvider(assistantChatModel, properties.llm(), tools);
    }
}
