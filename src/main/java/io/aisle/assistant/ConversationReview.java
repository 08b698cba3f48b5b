package io.aisle.assistant;

import io.aisle.assistant.data.ConversationRepository;
import io.aisle.assistant.data.MessageRepository;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's view of every assistant conversation: those with negative customer messages first. */
@Service
public class ConversationReview {

    private final ConversationRepository conversations;
    private final MessageRepository messages;

    ConversationReview(ConversationRepository conversations, MessageRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    /** All conversations, most negative customer messages first, then the most recent. */
    @Transactional(readOnly = true)
    public PageResult<Conversation> list(PageQuery page) {
        return PageResult.of(conversations.findForReview(page), page, conversations.countForReview());
    }

    /** Any conversation's messages, oldest first. */
    @Transactional(readOnly = true)
    public List<ConversationMessage> messages(long conversationId) {
        conversations.findById(conversationId).orElseThrow(() -> new ConversationNotFoundException(conversationId));
        return messages.findByConversation(conversationId);
    }
}
