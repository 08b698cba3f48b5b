package io.aisle.returns;

import io.aisle.platform.NotFoundException;

/** No such return, or not the caller's: the same 404. */
public class ReturnNotFoundException extends NotFoundException {

    public ReturnNotFoundException(long id) {
        super("Return " + id + " does not exist.");
    }
}
