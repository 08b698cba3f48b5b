package io.aisle.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.assistant.data.ConversationRepository;
import io.aisle.assistant.data.MessageRepository;
import io.aisle.assistant.internal.AssistantMeters;
import io.aisle.assistant.internal.ChatProvider;
import io.aisle.assistant.internal.ChatTurn;
import io.aisle.assistant.internal.ConversationStore;
import io.aisle.assistant.internal.LlmUnavailableException;
import io.aisle.assistant.internal.Quotas;
import io.aisle.assistant.internal.Reply;
import io.aisle.assistant.internal.ShopToolbox;
import io.aisle.assistant.offline.OfflineResponder;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** When the LLM fails, the offline responder answers, and the answer and the API say so. */
class LlmFallbackTests extends AssistantApiTest {

    @Autowired
    private OfflineResponder offline;
    @Autowired
    private ShopToolbox toolbox;
    @Autowired
    private Quotas quotas;
    @Autowired
    private ConversationStore store;
    @Autowired
    private ConversationRepository conversations;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private AssistantProperties properties;
    @Autowired
    private AssistantMeters meters;

    /** Stands for an LLM provider whose server is down: the contract is an LlmUnavailableException. */
    private static final class DownLlm implements ChatProvider {

        @Override
        public String name() {
            return "openai";
        }

        @Override
        public Reply reply(ChatTurn turn) {
            throw new LlmUnavailableException("connection refused", null);
        }
    }

    private AssistantService withDownLlm() {
        AssistantProperties openai = new AssistantProperties("openai", properties.llm(), null, null, null, null, null);
        return new AssistantService(List.of(new DownLlm(), offline), offline, toolbox, quotas, store, conversations,
                messages, openai, meters);
    }

    @Autowired
    private MeterRegistry registry;

    @Test
    void countsTheFailedLlmCallAndTheOfflineFallback() {
        double fallbacks = registry.counter("aisle.assistant.fallbacks").count();
        double failed = registry.counter("aisle.assistant.calls", "provider", "openai", "outcome", "failed").count();

        withDownLlm().chat(Asker.customer(newCustomer().id()), "Do you ship abroad?", null);

        assertThat(registry.counter("aisle.assistant.fallbacks").count()).isEqualTo(fallbacks + 1);
        assertThat(registry.counter("aisle.assistant.calls", "provider", "openai", "outcome", "failed").count())
                .isEqualTo(failed + 1);
    }

    @Test
    void answersOfflineAndSaysSoWhenTheLlmFails() {
        AssistantService service = withDownLlm();
        Customer customer = newCustomer();

        ChatAnswer answer = service.chat(Asker.customer(customer.id()), "What is your returns policy?", null);

        assertThat(service.provider()).isEqualTo("openai");
        assertThat(answer.fallback()).isTrue();
        assertThat(answer.provider()).isEqualTo("offline");
        assertThat(answer.answer()).startsWith(AssistantService.FALLBACK_NOTE).contains("Cancel order");
    }

    @Test
    void aStreamedAnswerFallsBackTooAndStreamsWhatItStores() {
        AssistantService service = withDownLlm();
        Customer customer = newCustomer();
        List<String> streamed = new ArrayList<>();

        ChatAnswer answer = service.answer(service.accept(Asker.customer(customer.id()), "How much is shipping?", null),
                streamed::add);

        assertThat(answer.fallback()).isTrue();
        assertThat(streamed).hasSizeGreaterThan(2);
        assertThat(String.join("", streamed)).isEqualTo(answer.answer()).startsWith(AssistantService.FALLBACK_NOTE)
                .contains("9.99");
        assertThat(service.messages(Asker.customer(customer.id()), answer.conversationId()).get(1).content())
                .isEqualTo(answer.answer());
    }
}
