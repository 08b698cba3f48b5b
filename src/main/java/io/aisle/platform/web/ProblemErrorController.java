package io.aisle.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Boot's {@code /error}, where the container sends what never reached a controller (a URL the firewall
 * refuses, {@code TRACE}, an unknown method, a failure in a filter): pages as before, from the
 * {@code error/} templates; everything else as a problem answer like every other API error, instead of
 * Boot's own JSON shape.
 */
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes errorAttributes, ErrorProperties properties, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, properties, resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return answer.body(problem);
    }

    /** A filter that failed because the database is down (a session or token check) is a 503, not a bug. */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        HttpStatus status = super.getStatus(request);
        if (status == HttpStatus.INTERNAL_SERVER_ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return status;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is not valid: check the URL, its parameters and the method.";
            case NOT_FOUND -> "There is nothing at this URL.";
            case METHOD_NOT_ALLOWED -> "This URL does not take this method.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side.";
            case SERVICE_UNAVAILABLE -> DatabaseUnavailable.DETAIL;
            default -> status.getReasonPhrase() + ".";
        };
    }
}
