package io.aisle.assistant.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.aisle.assistant.AssistantProperties;
import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAI-compatible chat model, only when the {@code openai} provider is chosen. A plain bean:
 * LangChain4j's Spring Boot starters do not support Boot 4. Retries use LangChain4j's exponential
 * backoff with jitter; the timeout bounds each attempt.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LlmChosen.class)
class LlmConfiguration {

    /** Low: answers should repeat the tools' facts, not improvise. */
    private static final double TEMPERATURE = 0.2;

    @Bean
    ChatModel assistantChatModel(AssistantProperties properties) {
        AssistantProperties.Llm llm = properties.llm();
        return OpenAiChatModel.builder()
                .httpClientBuilder(httpClient())
                .baseUrl(llm.baseUrl())
                .apiKey(apiKey(llm))
                .modelName(llm.model())
                .timeout(llm.timeout())
                .maxRetries(llm.maxRetries())
                .maxTokens(llm.maxTokens())
                .temperature(TEMPERATURE)
                .build();
    }

    /** The same server, streamed: for the SSE answers. LangChain4j does not retry a stream. */
    @Bean
    StreamingChatModel assistantStreamingChatModel(AssistantProperties properties) {
        AssistantProperties.Llm llm = properties.llm();
        return OpenAiStreamingChatModel.builder()
                .httpClientBuilder(httpClient())
                .baseUrl(llm.baseUrl())
                .apiKey(apiKey(llm))
                .modelName(llm.model())
                .timeout(llm.timeout())
                .maxTokens(llm.maxTokens())
                .temperature(TEMPERATURE)
                .build();
    }

    @Bean
    OpenAiChatProvider openAiChatProvider(ChatModel assistantChatModel, StreamingChatModel assistantStreamingChatModel,
            AssistantProperties properties, ToolDispatcher tools) {
        return new OpenAiChatProvider(assistantChatModel, assistantStreamingChatModel, properties.llm(), tools);
    }

    private static JdkHttpClientBuilder httpClient() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    /** Servers without keys (Ollama, vLLM) still need the header to have some value. */
    private static String apiKey(AssistantProperties.Llm llm) {
        return llm.apiKey() == null || llm.apiKey().isBlank() ? "none" : llm.apiKey();
    }
}
