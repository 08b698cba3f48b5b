package io.aisle.taxes;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A region code as rates take it: the ISO 3166-2 subdivision code without its country prefix, 1 to 3
 * letters or digits ({@code CA}, {@code ON}, {@code 75}); blank (the whole country) and null pass.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "\\s*|\\s*[A-Za-z0-9]{1,3}\\s*")
public @interface RegionCode {

    String message() default "must be a region code of 1 to 3 letters or digits, e.g. CA, or empty for the whole country";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
