package io.aisle.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.aisle.platform.UploadPath;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every request body in full before anything else sees the request, within limits: at most
 * {@link #MAX_BYTES}, or the upload limit for a {@code multipart/form-data} body (an image, a CSV file) sent
 * to a declared {@link UploadPath} (413, refused up front when the Content-Length says so), within the {@link BodyReader}'s
 * deadline (408) and its bound on threads waiting for bodies (503). A refused body is never read to its end:
 * the connection closes (see {@link RequestBodyValve}), so a client that trickles one holds no thread.
 */
final class RequestBodyFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;

    private final BodyReader reader;
    private final JsonMapper json;
    private final long maxUploadBytes;
    private final List<String> uploadPaths;
    private final AntPathMatcher paths = new AntPathMatcher();

    RequestBodyFilter(BodyReader reader, JsonMapper json, long maxUploadBytes, List<UploadPath> uploadPaths) {
        this.reader = reader;
        this.json = json;
        this.maxUploadBytes = maxUploadBytes;
        this.uploadPaths = uploadPaths.stream().map(UploadPath::pattern).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isWildcard(request.getContentType()) && !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod())) {
            // Spring's request headers refuse a wildcard Content-Type with an exception that would become a 500
            refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header must name one media type, such as application/json, not a wildcard.");
            return;
        }
        long declared = request.getContentLengthLong();
        boolean chunked = declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (declared <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        long limit = isUpload(request) ? maxUploadBytes : MAX_BYTES;
        if (declared > limit) {
            refuse(request, response, BodyReader.Refusal.Reason.TOO_LARGE, limit);
            return;
        }
        byte[] body;
        try {
            body = reader.read(request.getInputStream(), RequestBodyValve.arrived(request), declared, limit);
        } catch (BodyReader.Refusal refusal) {
            refuse(request, response, refusal.reason, limit);
            return;
        } catch (IOException stoppedSending) {
            // gone, or silent past the socket's read timeout: answered if anyone still listens
            try {
                refuse(request, response, BodyReader.Refusal.Reason.TOO_SLOW, limit);
            } catch (IOException gone) {
                RequestBodyValve.closeWithoutReading(request);
            }
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private boolean isUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isMultipart(request.getContentType()) && uploadPaths.stream().anyMatch(p -> paths.match(p, path));
    }

    private static boolean isMultipart(String contentType) {
        try {
            return contentType != null && MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean isWildcard(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false; // Spring MVC answers an unreadable Content-Type with its own 415
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, BodyReader.Refusal.Reason reason,
            long limit) throws IOException {
        HttpStatus status = switch (reason) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case TOO_SLOW -> HttpStatus.REQUEST_TIMEOUT;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        if (reason == BodyReader.Refusal.Reason.BUSY) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        refuse(request, response, status, switch (reason) {
            case TOO_LARGE -> "The request body is larger than " + limit / 1024 + " KiB.";
            case TOO_SLOW -> "The request body did not arrive in time.";
            case BUSY -> "The shop is waiting for too many request bodies at once. Please try again.";
        });
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        RequestBodyValve.closeWithoutReading(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        json.writeValue(response.getOutputStream(), problem);
    }
}
