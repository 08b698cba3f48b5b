package io.aisle.assistant;

import io.aisle.platform.NotFoundException;

/** No such conversation, or not the asker's: the same 404. */
public class ConversationNotFoundException extends NotFoundException {

    public ConversationNotFoundException(long id) {
        super("There is no conversation " + id + ".");
    }
}
