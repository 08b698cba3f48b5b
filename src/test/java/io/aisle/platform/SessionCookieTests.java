package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The cookies a browser keeps for the storefront: sent by the browser only on requests from the shop's own
 * pages and top-level navigations (SameSite=Lax), and out of reach of scripts (HttpOnly). Over real HTTP,
 * since the session cookie is written by the servlet container, which MockMvc leaves out.
 */
// First of all test classes (junit-platform.properties orders classes by @Order): Spring Security's MockMvc
// csrf() post-processor, which the page tests use, swaps the shared app's CSRF token repository for a
// session-backed test one, after which a real browser request gets a session instead of the XSRF-TOKEN cookie.
@Order(1)
class SessionCookieTests extends ApiTest {

    private static final HttpClient BROWSER = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Test
    void givesTheSessionCookieOfAFormSignInSameSiteLaxAndHttpOnly() throws Exception {
        Customer customer = newCustomer();
        HttpResponse<String> loginPage = BROWSER.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(loginPage, "XSRF-TOKEN").split(";", 2)[0];
        Matcher token = HIDDEN_TOKEN.matcher(loginPage.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();

        HttpResponse<String> signIn = BROWSER.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(customer.email()) + "&password="
                        + encode(customer.password()) + "&_csrf=" + encode(token.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(attributes(cookie(signIn, "JSESSIONID"))).contains("SameSite=Lax", "HttpOnly");
    }

    @Test
    void givesTheCsrfCookieSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> page = BROWSER.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(attributes(cookie(page, "XSRF-TOKEN"))).contains("SameSite=Lax", "HttpOnly");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in the " + response.statusCode()
                        + " answer to " + response.request().uri() + ": " + response.headers().map() + "\n"
                        + (response.body() instanceof String body ? body.substring(0, Math.min(body.length(), 2000)) : "")));
    }

    /** The cookie's attributes as written, e.g. [Path=/, HttpOnly, SameSite=Lax]. */
    private static List<String> attributes(String setCookie) {
        return List.of(setCookie.split(";\\s*")).subList(1, setCookie.split(";\\s*").length);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
