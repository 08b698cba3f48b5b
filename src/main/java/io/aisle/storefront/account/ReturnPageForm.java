package io.aisle.storefront.account;

import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.ReturnRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Return items" form: for each returnable line its product, its variant and a quantity (blank or 0: not returned), in the
 * same order; the reason and the customer's words; and the form's token, the request's idempotency key.
 */
record ReturnPageForm(List<Long> productId, List<Long> variantId, List<String> quantity, String reason, String reasonText, String note,
        String token) {

    /** The request the form makes; a quantity that is no whole number is a 400 naming the field. */
    ReturnRequest toRequest() {
        List<ReturnRequest.Line> lines = new ArrayList<>();
        int count = productId == null ? 0 : productId.size();
        for (int i = 0; i < count; i++) {
            String units = quantity == null || i >= quantity.size() || quantity.get(i) == null ? ""
                    : quantity.get(i).strip();
            if (units.isEmpty() || units.equals("0")) {
                continue;
            }
            if (productId.get(i) == null) {
                throw new InvalidRequestException("productId", "must name a line of the order");
            }
            try {
                Long variant = variantId == null || i >= variantId.size() ? null : variantId.get(i);
                lines.add(new ReturnRequest.Line(productId.get(i), variant, Integer.parseInt(units)));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("quantity", "must be a whole number");
            }
        }
        return new ReturnRequest(lines, reason, reasonText, note);
    }
}
