package io.aisle.returns.internal;

import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.ReturnRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The lines a request names, checked against the order: each a line of it, each once. */
final class Requested {

    private Requested() {
    }

    /** Units wanted by product, in product order (the order in which their rows are claimed). */
    static Map<Long, Integer> lines(long orderId, ReturnRequest request, Set<Long> products) {
        Map<Long, Integer> wanted = new TreeMap<>();
        for (ReturnRequest.Line line : request.lines()) {
            if (!products.contains(line.productId())) {
                throw new InvalidRequestException("lines", "names product " + line.productId()
                        + ", which is not in order " + orderId);
            }
            if (line.quantity() < 1) {
                throw new InvalidRequestException("lines", "must ask for at least 1 unit of each line");
            }
            if (wanted.put(line.productId(), line.quantity()) != null) {
                throw new InvalidRequestException("lines", "names product " + line.productId() + " twice");
            }
        }
        return wanted;
    }
}
