package io.aisle.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * What {@link RequestBodyFilter} needs from Tomcat that the servlet API does not offer.
 * <ul>
 * <li>A look, without waiting, at whether more of the body has reached the socket: a blocking stream's
 * {@code available()} only counts bytes Tomcat has already taken in, so a small body that arrives just
 * behind its headers would look like a slow one.</li>
 * <li>Closing the connection after the answer to a refused body. Otherwise Tomcat reads what is left of the
 * body (up to 2 MiB) to keep the connection open, on the request's thread, at whatever pace the client
 * sends: a trickling client would hold the thread after all.</li>
 * </ul>
 */
final class RequestBodyValve extends ValveBase {

    private static final String ARRIVED = RequestBodyValve.class.getName() + ".arrived";
    private static final String CLOSE = RequestBodyValve.class.getName() + ".close";

    RequestBodyValve() {
        super(true);
    }

    /** Whether more of the request's body can be read without waiting; null outside Tomcat (MockMvc). */
    static BooleanSupplier arrived(ServletRequest request) {
        return (BooleanSupplier) request.getAttribute(ARRIVED);
    }

    /** Marks the request: after the answer, close the connection without reading the rest of its body. */
    static void closeWithoutReading(ServletRequest request) {
        request.setAttribute(CLOSE, Boolean.TRUE);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        request.setAttribute(ARRIVED, (BooleanSupplier) () -> {
            coyote.action(ActionCode.AVAILABLE, Boolean.TRUE); // a non-blocking read from the socket
            return coyote.getAvailable() > 0;
        });
        try {
            getNext().invoke(request, response);
        } finally {
            if (request.getAttribute(CLOSE) != null) {
                coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                if (response.isCommitted()) {
                    // that marks the exchange as failed, which would send it to the error page: it was answered
                    response.setErrorReported();
                }
            }
        }
    }
}
