package io.aisle.assistant;

import io.aisle.assistant.data.ConversationRepository;
import io.aisle.assistant.data.MessageRepository;
import io.aisle.assistant.internal.AssistantMeters;
import io.aisle.assistant.internal.ChatProvider;
import io.aisle.assistant.internal.ChatTurn;
import io.aisle.assistant.internal.ConversationStore;
import io.aisle.assistant.internal.LlmUnavailableException;
import io.aisle.assistant.internal.Quotas;
import io.aisle.assistant.internal.Reply;
import io.aisle.assistant.internal.SentimentScorer;
import io.aisle.assistant.internal.ShopToolbox;
import io.aisle.assistant.offline.OfflineResponder;
import io.aisle.catalog.Product;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shopping assistant. Answers a message with the configured provider (an OpenAI-compatible LLM, or
 * the offline responder), using tools scoped to the asker; when the LLM fails the offline responder
 * answers instead and the answer says so. Enforces the message length, the asker's quota and the rate
 * limit, and stores the conversation with each customer message's sentiment.
 */
@Service
public class AssistantService {

    static final String FALLBACK_NOTE = "The AI assistant is not available right now, so Aisle's offline "
            + "assistant answered instead.\n\n";

    private static final Logger log = LoggerFactory.getLogger(AssistantService.class);

    private final ChatProvider provider;
    private final OfflineResponder offline;
    private final ShopToolbox toolbox;
    private final Quotas quotas;
    private final ConversationStore store;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final AssistantProperties properties;
    private final AssistantMeters meters;

    AssistantService(List<ChatProvider> providers, OfflineResponder offline, ShopToolbox toolbox, Quotas quotas,
            ConversationStore store, ConversationRepository conversations, MessageRepository messages,
            AssistantProperties properties, AssistantMeters meters) {
        this.meters = meters;
        this.provider = providers.stream().filter(p -> p.name().equals(properties.provider())).findFirst()
                .orElse(offline);
        this.offline = offline;
        this.toolbox = toolbox;
        this.quotas = quotas;
        this.store = store;
        this.conversations = conversations;
        this.messages = messages;
        this.properties = properties;
    }

    /** Answers the asker's message, in a new conversation or their existing one. */
    public ChatAnswer chat(Asker asker, String message, Long conversationId) {
        return answer(accept(asker, message, conversationId), null);
    }

    /**
     * Checks a message before answering it: its length, that the conversation is the asker's, and the
     * asker's quota and rate limit (which count it). Throws the 4xx problem when it is refused.
     */
    public Question accept(Asker asker, String message, Long conversationId) {
        String text = checked(message);
        List<ConversationMessage> history = conversationId == null ? List.of()
                : messages.findByConversation(store.owned(asker, conversationId).id());
        quotas.admit(asker);
        return new Question(asker, text, conversationId, history);
    }

    /**
     * Answers an accepted question, handing the text to {@code onText} as it is produced (null: not
     * streamed, so an LLM call can be retried), and stores the question and the answer. When the LLM
     * fails, the offline answer follows what was already sent.
     */
    public ChatAnswer answer(Question question, Consumer<String> onText) {
        Answered reply;
        try {
            reply = reply(question, onText);
        } catch (RuntimeException e) {
            quotas.failed(question.asker());
            throw e;
        }
        Asker asker = question.asker();
        long id = quotas.store(asker, () -> store.save(asker, question.conversationId(), question.text(),
                SentimentScorer.score(question.text()), reply.text(), reply.by(), reply.products()));
        return new ChatAnswer(reply.text(), reply.products().stream().map(ProductLink::of).toList(), id, reply.by(),
                reply.fallback(), quotas.remaining(asker));
    }

    /** A provider's reply, who gave it, and whether the offline assistant stepped in for a failed LLM. */
    private record Answered(String text, List<Product> products, String by, boolean fallback) {
    }

    private Answered reply(Question question, Consumer<String> onText) {
        StringBuilder sent = new StringBuilder();
        Consumer<String> relay = text -> {
            sent.append(text);
            if (onText != null) {
                onText.accept(text);
            }
        };
        boolean fallback = false;
        String answeredBy = provider.name();
        Reply reply;
        try {
            reply = onText == null ? provider.reply(turn(question)) : provider.reply(turn(question), relay);
        } catch (LlmUnavailableException e) {
            log.warn("The LLM failed ({}); answering offline", e.getMessage(), e.getCause());
            meters.failed(provider.name(), true);
            relay.accept(sent.isEmpty() ? FALLBACK_NOTE : "\n\n" + FALLBACK_NOTE);
            Reply offlineReply = offline.reply(turn(question), relay);
            reply = new Reply(sent.toString(), offlineReply.products());
            fallback = true;
            answeredBy = offline.name();
        } catch (RuntimeException e) {
            meters.failed(provider.name(), false);
            throw e;
        }
        meters.answered(answeredBy);
        return new Answered(reply.text(), reply.products(), answeredBy, fallback);
    }

    private ChatTurn turn(Question question) {
        return new ChatTurn(question.text(), question.history(), toolbox.forAsker(question.asker()));
    }

    /** Messages the asker may still send. */
    public int remaining(Asker asker) {
        return quotas.remaining(asker);
    }

    /** The name of the provider answering messages: {@code offline} or {@code openai}. */
    public String provider() {
        return provider.name();
    }

    /** The customer's own conversations, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Conversation> conversations(long userId, PageQuery page) {
        return PageResult.of(conversations.findByUser(userId, page), page, conversations.countByUser(userId));
    }

    /** The messages of one of the asker's conversations, oldest first. */
    @Transactional(readOnly = true)
    public List<ConversationMessage> messages(Asker asker, long conversationId) {
        return messages.findByConversation(store.owned(asker, conversationId).id());
    }

    private String checked(String message) {
        if (message == null || message.isBlank()) {
            throw new InvalidRequestException("message", "must not be blank");
        }
        if (message.length() > properties.maxMessageLength()) {
            throw new InvalidRequestException("message", "must be at most " + properties.maxMessageLength()
                    + " characters");
        }
        return message.strip();
    }
}
