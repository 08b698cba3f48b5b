package io.aisle.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A failure status that only this API operation answers (409, 402, 429...), for the OpenAPI document,
 * where it appears as a problem answer. Statuses that follow from how the operation is declared (400,
 * 401, 403, 404, 413, 415) are found without it. Preferred over swagger's {@code @ApiResponse}, which
 * makes springdoc drop the operation's success answer.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(AnswersProblem.List.class)
public @interface AnswersProblem {

    int status();

    /** When it happens and what the caller can do, as the caller reads it. */
    String when();

    @Documented
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        AnswersProblem[] value();
    }
}
