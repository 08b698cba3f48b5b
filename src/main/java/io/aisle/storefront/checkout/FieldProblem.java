package io.aisle.storefront.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A line of the error summary at the top of a refused checkout: what is wrong with which field (its id, the link's
 * target). Listed in the order a person meets the fields on the page.
 */
record FieldProblem(String field, String message) {

    private static final List<String> PAGE_ORDER = List.of("email", "fullName", "company", "line1", "line2", "city",
            "postalCode", "country", "region", "phone", "shippingMethodId", "promotionCode", "paymentToken");

    /** The problems of a form that failed validation. */
    static List<FieldProblem> of(BindingResult errors) {
        return inPageOrder(field -> {
            FieldError error = errors.getFieldError(field);
            return error == null ? null : error.getDefaultMessage();
        });
    }

    /** The problems a refused checkout sent back as flash attributes named after the field ("postalCodeError"). */
    static List<FieldProblem> of(Model model) {
        return inPageOrder(field -> model.getAttribute(field + "Error") instanceof String message ? message : null);
    }

    private static List<FieldProblem> inPageOrder(Function<String, String> messageOf) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : PAGE_ORDER) {
            String message = messageOf.apply(field);
            if (message != null) {
                problems.add(new FieldProblem(field, message));
            }
        }
        return problems;
    }
}
