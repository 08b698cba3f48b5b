package io.aisle.assistant.internal;

/** The LLM failed (timeout, error, nonsense): the service answers offline instead and says so. */
public class LlmUnavailableException extends RuntimeException {

    public LlmUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
