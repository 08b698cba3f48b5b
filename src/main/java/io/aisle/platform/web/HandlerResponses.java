package io.aisle.platform.web;

import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The statuses an operation answers because of how its handler method is declared, so that no controller
 * has to repeat them: 204 for a method that returns no body, 400 for any input, 404 for a path id (nothing
 * with it, or not yours) or a signed-in account that was deleted meanwhile, 408, 413 and 415 for a request
 * body. The success status of a create comes from {@code @ResponseStatus} (springdoc reads it); statuses
 * only one operation answers (409, 402, 429...) are {@link AnswersProblem} annotations on the method.
 * {@link ProblemResponses} then adds what depends on the path (401, 403) and the problem schema.
 */
class HandlerResponses implements OperationCustomizer {

    static final String BAD_REQUEST = "A parameter or field is missing, malformed or invalid; `errors` names each field.";
    static final String NOT_FOUND = "There is nothing with this id, or it is not yours.";
    static final String ACCOUNT_GONE = "The signed-in account no longer exists.";
    static final String TOO_LARGE = "The request body is larger than 1024 KiB.";
    static final String TOO_SLOW = "The request body did not arrive in full within AISLE_BODY_TIMEOUT (10 s by default).";
    static final String UNSUPPORTED = "The request body is not sent as application/json.";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<MethodParameter> parameters = Arrays.asList(handler.getMethodParameters());
        ApiResponses responses = operation.getResponses();
        if (returnsNoBody(handler) && responses.containsKey("200") && !responses.containsKey("204")) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Done; there is nothing to answer."));
        }
        if (parameters.stream().anyMatch(HandlerResponses::isInput)) {
            add(responses, "400", BAD_REQUEST);
        }
        boolean pathId = parameters.stream().anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        boolean signedIn = parameters.stream().anyMatch(p -> p.getParameterType() == CurrentUser.class);
        if (pathId || signedIn) {
            add(responses, "404", pathId && signedIn ? NOT_FOUND + " Or: " + ACCOUNT_GONE : pathId ? NOT_FOUND : ACCOUNT_GONE);
        }
        if (parameters.stream().anyMatch(p -> p.hasParameterAnnotation(RequestBody.class))) {
            add(responses, "408", TOO_SLOW);
            add(responses, "413", TOO_LARGE);
            add(responses, "415", UNSUPPORTED);
        }
        for (AnswersProblem problem : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                AnswersProblem.class)) {
            responses.addApiResponse(String.valueOf(problem.status()), new ApiResponse().description(problem.when()));
        }
        return operation;
    }

    /** {@code ResponseEntity<Void>}: the shop builds those with {@code noContent()}. */
    private static boolean returnsNoBody(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        return ResponseEntity.class.equals(type.resolve()) && Void.class.equals(type.getGeneric(0).resolve());
    }

    private static boolean isInput(MethodParameter p) {
        return p.hasParameterAnnotation(RequestBody.class) || p.hasParameterAnnotation(RequestParam.class)
                || p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestHeader.class);
    }

    /** Adds the response unless the method's own annotation already describes this status. */
    static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }
}
