package io.aisle.assistant;

import java.util.List;

/**
 * A message the assistant accepted (valid, within the asker's quota, in a conversation of theirs) and
 * will answer: see {@link AssistantService#accept} and {@link AssistantService#answer}.
 */
public record Question(Asker asker, String text, Long conversationId, List<ConversationMessage> history) {
}
