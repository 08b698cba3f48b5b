package io.aisle.taxes;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The code of a {@link TaxClass} ({@code standard}, {@code reduced}, {@code zero}; case is ignored); null passes. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownTaxClass.Validator.class)
public @interface KnownTaxClass {

    String message() default "must be standard, reduced or zero";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownTaxClass, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || TaxClass.parse(value).isPresent();
        }
    }
}
