package io.aisle.platform.web;

import io.aisle.platform.AisleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.ServletException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the web pages' controllers as pages: a missing product is the 404 page, a refused change
 * shows its detail, anything unexpected the generic error page (with a reference in the log, never the
 * exception's message). Page controllers that can explain a failure in place (a form with field
 * errors, a cart line out of stock) catch nothing and let services throw; forms validate first.
 */
@ControllerAdvice(basePackages = {"io.aisle.storefront", "io.aisle.admin"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler(AisleException.class)
    ModelAndView aisleException(AisleException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        String view = switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> "error/problem";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("title", e.title());
        page.addObject("detail", e.detail());
        return page;
    }

    /** A page's live connection (SSE) closed while something was sent: nobody to answer, nothing wrong. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) throws Exception {
        if (e instanceof ErrorResponse || e instanceof TypeMismatchException || e instanceof ServletException
                || e instanceof HttpMessageNotReadableException || e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            throw e; // Spring's own handling knows these: security redirects, 400s, 405s
        }
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Answered a page with 503: the database cannot be reached ({})", e.getClass().getSimpleName());
            ModelAndView page = new ModelAndView("error/problem", HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("title", "The shop is briefly unavailable");
            page.addObject("detail", DatabaseUnavailable.DETAIL);
            return page;
        }
        String reference = Long.toHexString(System.nanoTime());
        log.error("Unexpected failure on a page, reference {}", reference, e);
        ModelAndView page = new ModelAndView("error/5xx", HttpStatus.INTERNAL_SERVER_ERROR);
        page.addObject("reference", reference);
        return page;
    }
}
