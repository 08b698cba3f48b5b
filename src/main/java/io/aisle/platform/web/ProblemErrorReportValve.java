package io.aisle.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * The error Tomcat answers itself, for a request it refuses before the application sees it (an encoded
 * NUL, slash or backslash in the path): on an API URL a problem answer like every other API error;
 * elsewhere Tomcat's plain page, without its version or a report. A request line past Tomcat's size
 * limit cannot be read at all, so nothing tells it is an API URL: it gets the plain 400.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        int status = response.getStatus();
        if (uri == null || !uri.startsWith("/api/") || status < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"The server refused the request before reading it: "
                        + "check the URL for encoded NUL, slash or backslash characters.\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the response cannot take a body: the status is all it gets
        }
    }
}
