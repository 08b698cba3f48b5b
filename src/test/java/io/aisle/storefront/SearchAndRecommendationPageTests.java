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

    /** Products made by other tests have made-up names the model finds near made-up words; none is seeded. */
    @Test
    void searchPageListsNoSeededProductForNonsense() throws Exception {
        String page = html(get("/search").param("q", "xqzvbnm plutonium"));

        assertThat(page).doesNotContain(TRAVEL_MUG, "Headphones", "Testbrand\">Apple").doesNotContain("Did you mean");
    }

    @Test
    void searchPageSaysSoWhenNothingMatches() throws Exception {
        String page = html(get("/search").param("q", "noise cancelling headphones under $1"));

        assertThat(page).contains("No products match “noise cancelling headphones under $1”", "0 products")
                .doesNotContain("class=\"product-card");
    }

    @Test
    void searchPageFindsAMisspeltWordAndOffersTheCatalogsSpelling() throws Exception {
        assertThat(html(get("/search").param("q", "hedphones"))).contains("WH-1000XM5 Wireless Noise Canceling Headphones")
                .contains("Did you mean <a href=\"/search?q=headphones\">headphones</a>?");

        assertThat(html(get("/search").param("q", "hedphones under $5"))).contains("No products match")
                .contains(">headphones under $5</a>?");
    }

    @Test
    void searchPageShowsFacetCountsThatNarrowTheResults() throws Exception {
        String page = html(get("/search").param("q", "headphones"));

        assertThat(page).contains("aria-label=\"Narrow the results\"", "Brand", "Sony", "Bose", "Price", "$200 to $499.99");
        assertThat(facetCount(page, "Bose")).isEqualTo(1);
        String bose = html(get("/search").param("q", "headphones").param("brand", "Bose"));
        assertThat(bose).contains("QuietComfort Ultra Headphones").doesNotContain("WH-1000XM5 Wireless");
    }

    @Test
    void categoryPageWithoutWordsShowsFacetCountsFromTheDatabase() throws Exception {
        String page = html(get("/c/books").param("maxPrice", "20"));

        assertThat(page).contains("Brand", "Price", "Under $25").doesNotContain(">Category<");
        assertThat(facetCount(page, "Under $25")).isGreaterThanOrEqualTo(8);
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

    /** The count shown next to a facet value. */
    private static long facetCount(String page, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote("<span>" + label + "</span>")
                + "\\s*<span class=\"facet-count\">(\\d+)</span>").matcher(page);
        assertThat(m.find()).as("facet " + label).isTrue();
        return Long.parseLong(m.group(1));
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
