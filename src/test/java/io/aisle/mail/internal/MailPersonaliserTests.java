package io.aisle.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.aisle.assistant.llm.FakeOpenAiServer;
import io.aisle.mail.MailProperties;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The LLM's paragraph for a mail: what it is asked (over real HTTP to a fake server), and the fallbacks. */
class MailPersonaliserTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void asksTheLlmWithTheCustomersNameAndTheCartsProductsAndUsesItsAnswer() throws Exception {
        AtomicReference<FakeOpenAiServer> self = new AtomicReference<>();
        try (FakeOpenAiServer server = new FakeOpenAiServer(json, 200, request -> self.get().text("  Your lamp waits.  "))) {
            self.set(server);

            var paragraph = personaliser(model(server)).cartReminder("Ada Lovelace", List.of("Desk lamp", "Kettle"));

            assertThat(paragraph).contains("Your lamp waits.");
            JsonNode messages = server.requests.get(0).get("messages");
            assertThat(messages.get(0).get("role").asString()).isEqualTo("system");
            assertThat(messages.get(0).get("content").asString()).contains("Aisle", "no links");
            assertThat(messages.get(1).get("content").asString()).contains("Ada Lovelace", "Desk lamp", "Kettle");
        }
    }

    @Test
    void anLlmThatFailsGivesNoParagraph() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(json, 500, request -> "")) {
            assertThat(personaliser(model(server)).welcome("Ada Lovelace")).isEmpty();
            assertThat(server.requests).hasSize(1);
        }
    }

    @Test
    void withoutAnLlmThereIsNoParagraphAndNothingIsAsked() {
        assertThat(personaliser(null).welcome("Ada Lovelace")).isEmpty();
    }

    @Test
    void aRamblingAnswerIsCut() throws Exception {
        AtomicReference<FakeOpenAiServer> self = new AtomicReference<>();
        try (FakeOpenAiServer server = new FakeOpenAiServer(json, 200, request -> self.get().text("word ".repeat(500)))) {
            self.set(server);
            assertThat(personaliser(model(server)).welcome("Ada")).hasValueSatisfying(text ->
                    assertThat(text).hasSize(MailPersonaliser.MAX_LENGTH + 1).endsWith("…"));
        }
    }

    private static ChatModel model(FakeOpenAiServer server) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)))
                .baseUrl(server.baseUrl()).apiKey("test").modelName("test-model")
                .maxRetries(0).build();
    }

    private static MailPersonaliser personaliser(ChatModel model) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (model != null) {
            beans.registerSingleton("chatModel", model);
        }
        return new MailPersonaliser(beans.getBeanProvider(ChatModel.class),
                new MailProperties(null, null, null, null, null, null, null, null, null));
    }
}
