package io.aisle.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.catalog.ProductForm;
import io.aisle.catalog.ProductService;
import io.aisle.ordering.OrderingApiTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * {@link OrderingApiTest} (same Spring context) plus reading the admin pages as the signed-in admin.
 * Orders are placed through the REST API as real customers, so the pages show real, committed data.
 */
public abstract class AdminPageTest extends OrderingApiTest {

    @Autowired
    protected ProductService products;

    /** A word no other product has, so that a search finds only this test's products. */
    protected static String word() {
        return unique("w").replace("-", "");
    }

    /** A product at $19.99 in the test category, made straight through the catalog (faster than the API). */
    protected long product(String name, int stock) {
        return products.create(new ProductForm(unique("SKU").toUpperCase(), name, "Testbrand", CATEGORY,
                "Made by the admin page tests.", new BigDecimal("19.99"), stock, null)).id();
    }

    /** The page's HTML as the admin sees it; expects 200. */
    protected String adminPage(String url, Object... uriVariables) throws Exception {
        return mvc.perform(get(url, uriVariables).with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** What htmx gets for the same URL: only the part it swaps. */
    protected String adminFragment(String url, Object... uriVariables) throws Exception {
        return mvc.perform(get(url, uriVariables).with(signedInAsAdmin()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** What htmx gets for a list page: only its results, without the page around them. */
    protected String resultsFragment(String url, Object... uriVariables) throws Exception {
        String fragment = adminFragment(url, uriVariables);
        assertThat(fragment.strip()).startsWith("<div class=\"results\">");
        assertThat(fragment).doesNotContain("<html", "admin-nav", "<h1");
        return fragment;
    }

    /** Moves the order on through the admin API, as another admin would. */
    protected void changeStatusThroughApi(long orderId, String status) {
        api.post().uri("/api/v1/admin/orders/{id}/status", orderId)
                .header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("status", status))
                .exchange()
                .expectStatus().isOk();
    }

    /** The markup of the element with this id: up to its first closing tag of the same name, or {@code <input>} alone. */
    protected static String element(String html, String tag, String id) {
        String end = tag.equals("input") ? "" : ".*?</" + tag + ">";
        Matcher match = Pattern.compile("<" + tag + "[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>" + end,
                Pattern.DOTALL).matcher(html);
        if (!match.find()) {
            throw new AssertionError("No <" + tag + " id=\"" + id + "\"> in:\n" + html);
        }
        return match.group();
    }
}
