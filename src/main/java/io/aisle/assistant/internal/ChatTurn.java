package io.aisle.assistant.internal;

import io.aisle.assistant.ConversationMessage;
import java.util.List;

/** A message to answer, the conversation so far (oldest first), and the asker's tools. */
public record ChatTurn(String message, List<ConversationMessage> history, ShopTools tools) {
}
