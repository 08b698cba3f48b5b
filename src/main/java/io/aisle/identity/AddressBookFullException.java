package io.aisle.identity;

import io.aisle.platform.ConflictException;
import java.util.Map;

/** The customer's address book holds as many addresses as it may; one must go before another comes in. */
public class AddressBookFullException extends ConflictException {

    public AddressBookFullException(int limit) {
        super("Address book full", "Your address book holds " + limit + " addresses, the most it can: delete one "
                + "you no longer use first.", Map.of("limit", limit));
    }
}
