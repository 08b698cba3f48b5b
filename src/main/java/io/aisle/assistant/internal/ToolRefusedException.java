package io.aisle.assistant.internal;

/** A tool cannot answer (not signed in, no such order among the asker's): the reason is safe to show. */
public class ToolRefusedException extends RuntimeException {

    public ToolRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
