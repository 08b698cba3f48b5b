package io.aisle.assistant.internal;

import io.aisle.assistant.Asker;
import io.aisle.assistant.AssistantProperties;
import io.aisle.assistant.Conversation;
import io.aisle.assistant.ConversationNotFoundException;
import io.aisle.assistant.Sentiment;
import io.aisle.assistant.data.ConversationRepository;
import io.aisle.assistant.data.MessageRepository;
import io.aisle.identity.AccountDeleted;
import io.aisle.catalog.Product;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores conversations and messages. A question and its answer are written together after the answer
 * is known, so no database transaction stays open while an LLM thinks.
 */
@Component
public class ConversationStore {

    private static final int TITLE_LENGTH = 60;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final AssistantProperties properties;
    private final Clock clock;

    ConversationStore(ConversationRepository conversations, MessageRepository messages,
            AssistantProperties properties, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The asker's conversation; someone else's, a guest's expired one, or a missing one is the same 404. */
    @Transactional(readOnly = true)
    public Conversation owned(Asker asker, long id) {
        return conversations.findOwned(id, asker.userId(), asker.guestKey(), clock.instant())
                .orElseThrow(() -> new ConversationNotFoundException(id));
    }

    /** Stores the question (with its sentiment) and the answer; returns the conversation's id. */
    @Transactional
    public long save(Asker asker, Long conversationId, String question, Sentiment sentiment, String answer,
            String provider, List<Product> products) {
        Instant now = clock.instant();
        long id = conversationId != null ? owned(asker, conversationId).id() : create(asker, question, now);
        messages.insert(id, "customer", question, sentiment, null, List.of(), now);
        conversations.countMessage(id, sentiment == Sentiment.NEGATIVE, now);
        messages.insert(id, "assistant", answer, null, provider, products.stream().map(Product::id).toList(), now);
        conversations.countMessage(id, false, now);
        return id;
    }

    private long create(Asker asker, String question, Instant now) {
        String title = question.strip().replaceAll("\\s+", " ");
        title = title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH - 1) + "…" : title;
        if (asker.isGuest()) {
            conversations.deleteExpired(now);
            return conversations.insert(null, asker.guestKey(), title, now, now.plus(properties.guestTtl()));
        }
        return conversations.insert(asker.userId(), null, title, now, null);
    }

    /** A deleted account's conversations go with it, in the deleting transaction. */
    @EventListener
    void on(AccountDeleted event) {
        conversations.deleteByUser(event.userId());
    }
}
