package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The search page ranks by words and meaning; the product and home pages show recommendations. */
class SearchAndRecommendationPageTests extends StorefrontTest {

    private static final String TRAVEL_MUG = "West Loop 2.0 Vacuum-Insulated Travel Mug, 16 oz";
    private static final String BOTTLE = "Stainless King Vacuum-Insulated Beverage Bottle, 40 oz";

    @Test
    void searchPageFindsInsulatedDrinkwareForACoffeeQuery() throws Exception {
        String page = html(get("/search").param("q", "something to keep my coffee hot"));

        assertThat(page).contains(TRAVEL_MUG, BOTTLE);
    }

    @Test
    void filtersNarrowTheRankedResultsAndSortOrdersThem() throws Exception {
        String cheap = html(get("/search").param("q", "something to keep my coffee hot").param("maxPrice", "30"));
        assertThat(cheap).contains(TRAVEL_MUG).doesNotContain(BOTTLE);

        List<String> byPrice = prices(html(get("/search").param("q", "something to keep my coffee hot")
                .param("sort", "price_desc")));
        assertThat(byPrice).isNotEmpty();
        assertThat(byPrice.stream().map(java.math.BigDecimal::new).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void productPageShowsCustomersAlsoBought() throws Exception {
        long bottle = seeded("THM-SK2010-40");

        assertThat(html(get("/p/{id}", bottle))).contains("Customers also bought");
    }

    @Test
    void homePageRecommendsToASignedInCustomerWithAHistoryAndNotToGuests() throws Exception {
        Customer customer = newCustomer();
        api.put().uri("/api/v1/users/me/wishlist/{id}", seeded("THM-SK2010-40"))
                .header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange().expectStatus().isOk();

        assertThat(html(get("/").with(signedIn(customer)))).contains("Recommended for you");
        assertThat(html(get("/"))).doesNotContain("Recommended for you");
        assertThat(html(get("/").with(signedIn(newCustomer())))).doesNotContain("Recommended for you");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long seeded(String sku) {
        return jdbc.sql("SELECT id FROM products WHERE sku = :sku").param("sku", sku).query(Long.class).single();
    }

    /** The prices on the product cards, in page order. */
    private static List<String> prices(String page) {
        return Arrays.stream(page.split("class=\"product-card\"")).skip(1)
                .map(card -> card.replaceAll("(?s).*?class=\"price\">(?:from )?<span>\\$([0-9,]+\\.[0-9]{2}).*", "$1").replace(",", ""))
                .toList();
    }
}
