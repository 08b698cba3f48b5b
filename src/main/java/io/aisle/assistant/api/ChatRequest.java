package io.aisle.assistant.api;

/** A message to the assistant; without {@code conversationId} it starts a new conversation. */
record ChatRequest(String message, Long conversationId) {
}
