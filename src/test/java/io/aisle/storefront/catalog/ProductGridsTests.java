package io.aisle.storefront.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.aisle.ApiTest;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductForm;
import io.aisle.catalog.ProductService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/** The home page's grids, rendered once per set of products: the same cards as every other page, never staler than their products. */
class ProductGridsTests extends ApiTest {

    @Autowired
    private ProductGrids grids;

    @Autowired
    private ProductService products;

    @Autowired
    private WebApplicationContext web;

    @Test
    void rendersTheSameCardsTheSearchPageShows() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Product product = products.create(new ProductForm(unique("SKU").toUpperCase(), "Grid " + word, "Testbrand",
                "electronics", "A product made by a grid test.", new BigDecimal("1234.50"), 3, null));

        String page = mvc.perform(get("/search").param("q", word)).andReturn().getResponse().getContentAsString();

        assertThat(card(grids.html(List.of(product), request(), new MockHttpServletResponse())))
                .isEqualTo(card(page))
                .contains("href=\"/p/" + product.id() + "\"", "$1,234.50", "Only 3 left");
    }

    @Test
    void rendersAgainWhenAProductsStockMovesOrTheLocaleDiffersAndOnlyThen() {
        Product product = products.create(new ProductForm(unique("SKU").toUpperCase(), unique("Grid product"),
                "Testbrand", "electronics", "A product made by a grid test.", new BigDecimal("9.99"), 20, null));

        String first = grids.html(List.of(product), request(), new MockHttpServletResponse());
        String again = grids.html(List.of(product), request(), new MockHttpServletResponse());
        String soldOut = grids.html(List.of(product.withStock(0)), request(), new MockHttpServletResponse());
        MockHttpServletRequest german = request();
        german.addPreferredLocale(Locale.GERMANY);
        String inGerman = grids.html(List.of(product), german, new MockHttpServletResponse());

        assertThat(again).isSameAs(first).contains("In stock");
        // ratings are formatted in the request's locale: a grid made for one is not served to another
        assertThat(inGerman).isNotSameAs(first);
        assertThat(soldOut).contains("Out of stock").doesNotContain("In stock");
    }

    private MockHttpServletRequest request() {
        return new MockHttpServletRequest(web.getServletContext(), "GET", "/");
    }

    /** The first product card of the HTML. */
    private static String card(String html) {
        Matcher card = Pattern.compile("<article class=\"product-card\">.*?</article>", Pattern.DOTALL).matcher(html);
        assertThat(card.find()).as("a product card in %s", html).isTrue();
        return card.group();
    }
}
