package io.aisle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes the method, path and status of every API answer given during the test run, outermost of all
 * filters, so that answers from security, the body size limit and the error handling count too. The
 * answers of all test classes (they share {@link ApiTest}'s context) are checked against the OpenAPI
 * document at the end ({@code io.aisle.platform.DocumentedStatusTests}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiStatusRecorder extends OncePerRequestFilter {

    public record Answer(String method, String path, int status) {
    }

    private static final Set<Answer> ANSWERS = ConcurrentHashMap.newKeySet();

    /** Every distinct API answer so far. */
    public static Set<Answer> answers() {
        return Set.copyOf(ANSWERS);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            ANSWERS.add(new Answer(request.getMethod(), request.getRequestURI(), response.getStatus()));
        }
    }
}
