package io.aisle.admin.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * One URL, two renderings: htmx asks with {@code HX-Request} for the part of the page it swaps, anyone
 * else gets the whole page. A history restore (the back button after htmx's cache was dropped) also
 * carries {@code HX-Request} but replaces the whole body, so it gets the whole page.
 */
public final class Htmx {

    private Htmx() {
    }

    /** {@code page}, or {@code page :: fragment} for an htmx swap; caches are told the answer varies. */
    public static String pageOrFragment(HttpServletRequest request, HttpServletResponse response, String page,
            String fragment) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean swap = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return swap ? page + " :: " + fragment : page;
    }
}
