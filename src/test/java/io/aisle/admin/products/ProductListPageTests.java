package io.aisle.admin.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.admin.AdminPageTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductListPageTests extends AdminPageTest {

    @Test
    void findsProductsByTextAndShowsTheirStockInCellsThatListenForLiveUpdates() throws Exception {
        String word = word();
        long id = product(word + " Trail Runner", 42);

        mvc.perform(get("/admin/products").param("q", word).with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/products/list"));
        String html = adminPage("/admin/products?q={q}", word);

        assertThat(element(html, "tr", "product-" + id)).contains(word + " Trail Runner", "SKU-",
                "$19.99", "href=\"/admin/products/" + id + "/edit\"", "href=\"/admin/products/" + id + "/delete\"");
        assertThat(element(html, "td", "stock-" + id)).contains("sse-swap=\"stock-" + id + "\"",
                "<span class=\"stock-level in\">42</span>");
        assertThat(element(html, "div", "product-results")).contains("hx-ext=\"sse\"",
                "sse-connect=\"/admin/events/stock\"");
        assertThat(html).contains("1 product");
    }

    @Test
    void filtersTheProductsThatAreRunningOut() throws Exception {
        String word = word();
        long low = product(word + " Low", 3);
        long plenty = product(word + " Plenty", 50);
        long none = product(word + " None", 0);

        String runningOut = adminPage("/admin/products?q={q}&maxStock=5", word);
        String outOfStock = adminPage("/admin/products?q={q}&maxStock=0", word);

        assertThat(runningOut).contains("id=\"product-" + low + "\"", "id=\"product-" + none + "\"")
                .doesNotContain("id=\"product-" + plenty + "\"");
        assertThat(element(runningOut, "td", "stock-" + low)).contains("stock-level low");
        assertThat(outOfStock).contains("id=\"product-" + none + "\"").doesNotContain("id=\"product-" + low + "\"");
        assertThat(element(outOfStock, "select", "maxStock")).contains("<option value=\"0\" selected=\"selected\">");
    }

    @Test
    void pagesThroughTheResultsKeepingTheFilters() throws Exception {
        String word = word();
        for (int i = 0; i < ProductListPageController.PAGE_SIZE + 1; i++) {
            product(word + " Item " + (char) ('A' + i), 5 + i);
        }

        String first = adminPage("/admin/products?q={q}", word);
        String second = adminPage("/admin/products?q={q}&page=1", word);

        assertThat(first).contains("21 products", "Page 1 of 2", "href=\"/admin/products?q=" + word + "&amp;page=1\"",
                "hx-get=\"/admin/products?q=" + word + "&amp;page=1\"", "hx-target=\"#product-results\"");
        assertThat(second).contains(word + " Item U", "Page 2 of 2", "href=\"/admin/products?q=" + word + "&amp;page=0\"")
                .doesNotContain(word + " Item A<");
    }

    @Test
    void answersHtmxWithTheResultsAlone() throws Exception {
        String word = word();
        product(word + " Fragment", 9);

        assertThat(resultsFragment("/admin/products?q={q}", word)).contains(word + " Fragment", "products-table")
                .doesNotContain("toolbar");
    }

    @Test
    void escapesWhatAdminsTyped() throws Exception {
        String word = word();
        product("<script>alert('x')</script> " + word, 1);

        String html = adminPage("/admin/products?q={q}", word);

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; " + word)
                .doesNotContain("<script>alert");
    }

    @Test
    void exportsTheFilteredProductsAsCsvThatNoSpreadsheetRunsAsAFormula() throws Exception {
        String word = word();
        long formula = product("=HYPERLINK(\"http://evil.example\",\"Click\"), " + word, 7);
        product(word + " Plain", 12);

        var response = mvc.perform(get("/admin/products.csv").param("q", word).param("maxStock", "10")
                        .with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"products-" + LocalDate.now(ZoneOffset.UTC) + ".csv\""))
                .andReturn().getResponse();

        List<String> lines = Arrays.asList(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("id,sku,name,brand,category,price,currency,stock,rating,reviews,created_at");
        assertThat(lines.get(1)).startsWith(formula + ",SKU-")
                .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\"), " + word + "\",Testbrand,Sports,19.99,USD,7,0.00,0,");
    }
}
