package io.aisle.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in paths, query parameters and form fields are plain decimal digits (an optional minus,
 * leading zeros allowed: "010" is 10). Spring's default number editor decodes "0x10" and "#10" as
 * hexadecimal and accepts "+10" and " 10", so {@code DELETE /api/v1/products/0x10} deleted product 16.
 * Anything else fails to bind, which the API answers with a 400 problem naming the parameter and the pages
 * with the 400 page. An editor rather than a converter: when a converter refuses a value, the binder falls
 * back to its default editor, the lenient one.
 */
@ControllerAdvice
class DecimalNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf, true));
        binder.registerCustomEditor(long.class, new Decimal(Long::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf, true));
        binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf, false));
    }

    private static final class Decimal extends PropertyEditorSupport {

        private final Function<String, ? extends Number> parse;
        private final boolean emptyIsNull;

        Decimal(Function<String, ? extends Number> parse, boolean emptyIsNull) {
            this.parse = parse;
            this.emptyIsNull = emptyIsNull;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty() && emptyIsNull) {
                setValue(null); // as Spring's editor: an empty parameter is a missing one
            } else if (DECIMAL.matcher(text).matches()) {
                setValue(parse.apply(text)); // out of range: NumberFormatException, a 400 like any other
            } else {
                throw new IllegalArgumentException("not a decimal number");
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
