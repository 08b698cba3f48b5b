package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browsing while others buy: a checkout keeps the cached listings (their stock is overlaid, see catalog's
 * {@code ListedStock}), yet the in-stock filter, the facets and the product page are right after a sale.
 */
class ListingsWhileBuyingTests extends OrderingApiTest {

    @Autowired
    private MeterRegistry metrics;

    @Test
    void keepsCachedListingsThroughACheckoutAndShowsTheStockLeftInThem() {
        // a listing may also leave the cache by its TTL (2 s here): only a sale and the reads around it well within
        // that prove anything, so a run that took longer (a busy machine) is tried again
        for (int attempt = 1; attempt <= 3; attempt++) {
            String word = word();
            long product = newProduct(CATEGORY, "Testbrand", "Listed " + word, new BigDecimal("12.00"), 5);
            Customer buyer = newCustomer();
            addToCart(buyer, product, 2);
            assertThat(listed(word, null)).containsExactly(Map.entry(product, 5));
            assertThat(listed(word, true)).containsExactly(Map.entry(product, 5));
            long start = System.nanoTime();
            double loadsBefore = listingLoads();

            placeOrder(buyer);

            assertThat(listed(word, null)).containsExactly(Map.entry(product, 3));
            assertThat(listed(word, true)).containsExactly(Map.entry(product, 3));
            if (Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(1500)) < 0) {
                // both came from the cache: the sale did not send them back to the database
                assertThat(listingLoads()).isEqualTo(loadsBefore);
                return;
            }
        }
        throw new AssertionError("three sales in a row took longer than the cache's TTL: nothing proven");
    }

    @Test
    void takesASoldOutProductOutOfTheInStockFilterAndShowsItSoldOutOnItsPage() throws Exception {
        String word = word();
        long product = newProduct(CATEGORY, "Testbrand", "Listed " + word, new BigDecimal("12.00"), 2);
        long other = newProduct(CATEGORY, "Testbrand", "Listed " + word + " too", new BigDecimal("14.00"), 4);
        assertThat(listed(word, true)).containsOnlyKeys(product, other);
        assertThat(inStockCount(word)).isEqualTo(2);
        mvc.perform(get("/p/{id}", product)).andExpect(content().string(Matchers.containsString("Only 2 left")));

        buy(newCustomer(), product, 2);

        assertThat(listed(word, true)).containsExactly(Map.entry(other, 4));
        assertThat(listed(word, false)).containsExactly(Map.entry(product, 0));
        assertThat(listed(word, null)).containsEntry(product, 0).containsEntry(other, 4);
        assertThat(inStockCount(word)).isEqualTo(1);
        assertThat(((Number) getJson(null, "/api/v1/products/{id}", product).get("stock")).intValue()).isZero();
        mvc.perform(get("/p/{id}", product)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Out of stock")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Only 2 left"))));
    }

    @Test
    void showsStockMovedByAnotherInstanceWithinTheCacheTtl() {
        String word = word();
        long product = newProduct(CATEGORY, "Testbrand", "Listed " + word, new BigDecimal("12.00"), 5);
        assertThat(listed(word, null)).containsExactly(Map.entry(product, 5));

        // another instance's checkout: this instance hears nothing of it
        jdbc.sql("UPDATE product_variants SET stock = 4 WHERE product_id = :id").param("id", product).update();
        jdbc.sql("UPDATE products SET stock = 4 WHERE id = :id").param("id", product).update();

        // the catalog cache's TTL (AISLE_CATALOG_CACHE_TTL, 2 s by default) bounds the lag
        Awaitility.await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> listed(word, null).equals(Map.of(product, 4)));
    }

    /** The listing of the products named with the word, as product id to the stock it shows, in order. */
    private Map<Long, Integer> listed(String word, Boolean inStock) {
        String uri = "/api/v1/products?q=" + word + (inStock == null ? "" : "&inStock=" + inStock);
        List<?> content = (List<?>) getJson(null, uri).get("content");
        Map<Long, Integer> stock = new java.util.LinkedHashMap<>();
        content.forEach(p -> stock.put(((Number) ((Map<?, ?>) p).get("id")).longValue(),
                ((Number) ((Map<?, ?>) p).get("stock")).intValue()));
        return stock;
    }

    private long inStockCount(String word) {
        return ((Number) getJson(null, "/api/v1/products/facets?q=" + word).get("inStock")).longValue();
    }

    /** Listings read from the database: the listings cache's misses. */
    private double listingLoads() {
        return metrics.get("cache.gets").tag("cache", "catalog.listings").tag("result", "miss").functionCounter().count();
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
