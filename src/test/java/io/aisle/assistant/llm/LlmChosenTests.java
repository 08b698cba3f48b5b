package io.aisle.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.assistant.AssistantProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Which settings wire the LLM: a key alone does, an explicit provider wins either way. */
class LlmChosenTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AssistantProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, LlmConfiguration.class)
            .withBean(ToolDispatcher.class, () -> new ToolDispatcher(JsonMapper.builder().build()));

    @Test
    void noKeyMeansOffline() {
        runner.run(context -> assertThat(context).doesNotHaveBean(OpenAiChatProvider.class));
    }

    @Test
    void aKeyChoosesTheLlm() {
        runner.withPropertyValues("aisle.assistant.llm.api-key=sk-test")
                .run(context -> assertThat(context).hasSingleBean(OpenAiChatProvider.class));
    }

    @Test
    void anExplicitProviderWins() {
        runner.withPropertyValues("aisle.assistant.llm.api-key=sk-test", "aisle.assistant.provider=offline")
                .run(context -> assertThat(context).doesNotHaveBean(OpenAiChatProvider.class));
        runner.withPropertyValues("aisle.assistant.provider=openai",
                        "aisle.assistant.llm.base-url=http://localhost:11434/v1")
                .run(context -> assertThat(context).hasSingleBean(OpenAiChatProvider.class));
    }
}
