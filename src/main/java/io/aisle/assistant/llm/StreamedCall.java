package io.aisle.assistant.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.aisle.assistant.internal.LlmUnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One streamed LLM call, waited for: its text goes to {@code onText} as it arrives, and the complete
 * message (text or tool calls) is returned. The timeout bounds the whole call, since a stream is not
 * retried; any failure is an {@link LlmUnavailableException}.
 */
final class StreamedCall {

    private StreamedCall() {
    }

    static AiMessage run(StreamingChatModel model, ChatRequest request, Consumer<String> onText, Duration timeout) {
        CompletableFuture<AiMessage> done = new CompletableFuture<>();
        try {
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String text) {
                    onText.accept(text);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response.aiMessage());
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException("Interrupted while the LLM streamed", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new LlmUnavailableException("The streamed LLM call failed", e);
        }
    }
}
