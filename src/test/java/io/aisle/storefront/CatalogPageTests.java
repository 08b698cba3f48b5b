package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;

class CatalogPageTests extends StorefrontTest {

    @Test
    void showsACategoryWithItsProductsAndTheFilterForm() throws Exception {
        String name = unique("Category lamp");
        product(name, "12.50", 7);
        mvc.perform(get("/c/electronics").param("sort", "newest"))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/catalog/listing"))
                .andExpect(content().string(allOf(containsString("id=\"filters\""), containsString("id=\"results\""),
                        containsString(name), containsString("<header"), containsString("id=\"cart-count\""))));
    }

    @Test
    void answersOnlyTheResultsFragmentToHtmxAndKeepsFiltersInThePageLinks() throws Exception {
        mvc.perform(get("/search").param("maxPrice", "100000").param("inStock", "true").param("sort", "price_asc")
                        .with(htmx()))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/catalog/listing :: results"))
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(allOf(containsString("id=\"results\""), not(containsString("<header")),
                        containsString("maxPrice=100000&amp;inStock=true&amp;sort=price_asc&amp;page=2"))));
    }

    @Test
    void answersTheWholePageToAnHtmxHistoryRestore() throws Exception {
        mvc.perform(get("/c/books").with(htmx()).header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/catalog/listing"));
    }

    /** Search is hybrid: the product with the word comes first, products near in meaning may follow it. */
    @Test
    void findsProductsBySearchWordsFirst() throws Exception {
        String word = unique("zebrafoo").replace("-", "");
        product("Lamp " + word, "30.00", 3);
        String page = mvc.perform(get("/search").param("q", word))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String firstCard = page.split("class=\"product-card\"")[1];
        assertThat(firstCard).contains("Lamp " + word);
    }

    @Test
    void explainsFilterValuesItCannotUseAndStillShowsProducts() throws Exception {
        mvc.perform(get("/c/electronics").param("minPrice", "cheap").param("sort", "sideways").param("page", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Min price must be an amount"),
                        containsString("We do not know the sort order"), containsString("There is no page"),
                        containsString("class=\"product-card\""))));
        mvc.perform(get("/search").param("minPrice", "50").param("maxPrice", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The min price was above the max price")));
    }

    @Test
    void answersAnUnknownCategoryWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/c/no-such-category"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void escapesProductTextInListings() throws Exception {
        String marker = unique("x");
        product("<script>alert('" + marker + "')</script>", "5.00", 2);
        mvc.perform(get("/search").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert("),
                        not(containsString("<script>alert(")))));
    }
}
