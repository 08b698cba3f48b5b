package io.aisle.assistant.internal;

import java.util.function.Consumer;

/** Answers one customer message with the asker's tools: the {@code offline} responder or an LLM. */
public interface ChatProvider {

    /** The provider's name as the API reports it: {@code offline} or {@code openai}. */
    String name();

    Reply reply(ChatTurn turn);

    /**
     * Like {@link #reply(ChatTurn)}, handing the answer's text to {@code onText} piece by piece as it is
     * produced. A provider that answers all at once hands it over in a few words at a time.
     */
    default Reply reply(ChatTurn turn, Consumer<String> onText) {
        Reply reply = reply(turn);
        Chunks.of(reply.text()).forEach(onText);
        return reply;
    }
}
