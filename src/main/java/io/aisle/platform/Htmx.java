package io.aisle.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One URL, two renderings: the whole page, or only the fragment htmx asked for. A history restore
 * after a cache miss also carries {@code HX-Request} but needs the whole page, so it gets it.
 */
public final class Htmx {

    private Htmx() {
    }

    /** True when htmx asks for part of the page. */
    public static boolean isPartial(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The page template, or its fragment for htmx; the answer varies by the header, so caches must know. */
    public static String view(HttpServletRequest request, HttpServletResponse response, String template,
            String fragment) {
        response.addHeader("Vary", "HX-Request");
        return isPartial(request) ? template + " :: " + fragment : template;
    }
}
