package io.aisle.platform.web;

import io.aisle.platform.AisleException;
import io.aisle.platform.RetryLaterException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every error of the REST API as an RFC 9457 problem: status, title, detail, and for validation
 * failures an {@code errors} list of {@code {field, message}}. Details are written for API users;
 * exception messages never reach them (unexpected failures are logged with a reference instead).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /**
     * Spring MVC's own failures (no such path, wrong method, unreadable body...) as problems, but only
     * for the API: on a web page, rethrowing the same exception lets Boot render the HTML error page.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && !servlet.getRequest().getRequestURI().startsWith("/api/")) {
            throw ProblemDetailsAdvice.<RuntimeException>rethrow(e);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** Rethrows a checked exception unchanged; MVC then resolves it as if no advice had touched it. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable e) throws T {
        throw (T) e;
    }

    @ExceptionHandler(AisleException.class)
    ProblemDetail aisleException(AisleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.detail());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** A refusal that ends by itself says when to come back, in the header as well as in the body. */
    @ExceptionHandler(RetryLaterException.class)
    ResponseEntity<ProblemDetail> retryLater(RetryLaterException e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(aisleException(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : describe(e.getRequiredType());
        ProblemDetail problem = badRequest("'" + e.getName() + "' must be " + expected + ".");
        problem.setProperty("errors", List.of(fieldError(e.getName(), "must be " + expected)));
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail problem = badRequest("The request has invalid values.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(DataIntegrityViolationException e) {
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with existing data and was not saved.");
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The shop is busy; nothing was changed. Please try again.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    /** A multipart body that cannot be parsed (a too large one is answered 413 by Spring's own handler). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        return badRequest("The multipart/form-data body cannot be read.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Answered 503: the database cannot be reached ({})", e.getClass().getSimpleName());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).body(problem);
        }
        String reference = Long.toHexString(System.nanoTime());
        log.error("Unexpected failure, reference {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Reference: " + reference);
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    /** An API URL that maps to nothing: said plainly, not as Spring's "No static resource ...". */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no API endpoint at this URL. The endpoints are listed at /v3/api-docs."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = badRequest("The request has invalid fields.");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> fieldError(f.getField(), message(f)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = badRequest("The request has invalid values.");
        problem.setProperty("errors", e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> fieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = unreadableField(e);
        if (field != null) {
            ProblemDetail problem = badRequest("The field '" + field + "' has a value of the wrong type or format.");
            problem.setProperty("errors", List.of(fieldError(field, "has a value of the wrong type, format or range")));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest().body(badRequest(e.getCause() == null
                ? "The request body is missing." : "The request body is not valid JSON."));
    }

    /** The JSON path of the value that could not be read, or null when the body as a whole is broken. */
    private static String unreadableField(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            return json.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return null;
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad Request");
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field == null ? "" : field, "message", message == null ? "is invalid" : message);
    }

    private static String message(FieldError f) {
        if (f.isBindingFailure()) {
            return "has a value of the wrong type";
        }
        return f.getDefaultMessage();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "a valid " + type.getSimpleName();
    }

}
