package io.aisle;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Lets MockMvc tests keep a {@code MockHttpSession} as "the browser". Web sessions are stored in the database by
 * Spring Session and found by their cookie, not by the servlet container's session, so the session cookie an
 * answer sets is kept in the {@code MockHttpSession} its request carried and sent with that session's next request,
 * as a browser does. The tests thereby go through the real session store.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StoredSessionCookies implements MockMvcBuilderCustomizer {

    public static final String COOKIE = "JSESSIONID";
    private static final String KEPT = StoredSessionCookies.class.getName();

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(get("/").with(request -> {
            String value = of(request.getSession(false));
            if (value != null && !hasCookie(request)) {
                List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of()
                        : Arrays.asList(request.getCookies()));
                cookies.add(new Cookie(COOKIE, value));
                request.setCookies(cookies.toArray(Cookie[]::new));
            }
            return request;
        })).alwaysDo(result -> {
            HttpSession browser = result.getRequest().getSession(false);
            Cookie set = result.getResponse().getCookie(COOKIE);
            if (browser != null && set != null) {
                browser.setAttribute(KEPT, set.getMaxAge() == 0 ? null : set.getValue());
            }
        });
    }

    /** The session cookie this browser holds now (null: none). */
    public static String of(HttpSession browser) {
        return browser == null ? null : (String) browser.getAttribute(KEPT);
    }

    private static boolean hasCookie(MockHttpServletRequest request) {
        return request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(c -> COOKIE.equals(c.getName()));
    }
}
