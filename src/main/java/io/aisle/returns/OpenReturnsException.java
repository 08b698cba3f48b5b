package io.aisle.returns;

import io.aisle.platform.ConflictException;
import java.util.List;
import java.util.Map;

/** An account cannot be deleted while one of its returns still waits for the shop: a refund may be owed. */
public class OpenReturnsException extends ConflictException {

    public OpenReturnsException(List<Long> returnIds) {
        super("Returns in progress", "The account has returns the shop has not finished yet (" + returnIds.stream()
                .map(id -> "#" + id).reduce((a, b) -> a + ", " + b).orElse("") + "). It can be deleted once they "
                + "are refunded or rejected.", Map.of("returns", returnIds));
    }
}
