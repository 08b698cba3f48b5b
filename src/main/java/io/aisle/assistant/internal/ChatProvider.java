package io.aisle.assistant.internal;

/** Answers one customer message with the asker's tools: the {@code offline} responder or an LLM. */
public interface ChatProvider {

    /** The provider's name as the API reports it: {@code offline} or {@code openai}. */
    String name();

    Reply reply(ChatTurn turn);
}
