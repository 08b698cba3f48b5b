package io.aisle.returns.internal;

import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.ReturnRequest;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** The lines a request names, checked against the order: each a line of it, each once. */
final class Requested {

    private Requested() {
    }

    /**
     * Units wanted by variant, in variant order (the order in which their rows are claimed). A line may leave the
     * variant out when the order has only one variant of its product.
     */
    static Map<Long, Integer> lines(long orderId, ReturnRequest request, Collection<Bought> bought) {
        Map<Long, Integer> wanted = new TreeMap<>();
        for (ReturnRequest.Line line : request.lines()) {
            List<Bought> ofProduct = bought.stream().filter(b -> b.productId() == line.productId()
                    && (line.variantId() == null || b.variantId() == line.variantId())).toList();
            if (ofProduct.isEmpty()) {
                throw new InvalidRequestException("lines", "names product " + line.productId()
                        + (line.variantId() == null ? "" : " in variant " + line.variantId())
                        + ", which is not in order " + orderId);
            }
            if (ofProduct.size() > 1) {
                throw new InvalidRequestException("lines", "must name the variant of product " + line.productId()
                        + ": order " + orderId + " has several");
            }
            if (line.quantity() < 1) {
                throw new InvalidRequestException("lines", "must ask for at least 1 unit of each line");
            }
            if (wanted.put(ofProduct.get(0).variantId(), line.quantity()) != null) {
                throw new InvalidRequestException("lines", "names product " + line.productId() + " twice");
            }
        }
        return wanted;
    }
}
