package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A listing's total (the pager's count) is counted once per set of filters and kept a few seconds, whatever page
 * and sort are asked: at 100,000 products counting is the one part of a page that reads every product. Changes
 * made on this instance show at once; another instance's within {@code aisle.catalog.count-ttl} (5 s).
 */
class ListingTotalsTests extends ApiTest {

    @Test
    void aProductCreatedOnThisInstanceIsCountedAtOnce() {
        String brand = word();
        for (int i = 0; i < 3; i++) {
            newProduct("sports", brand, unique("Counted item"), BigDecimal.TEN, 2);
        }
        assertThat(total(brand, "name")).isEqualTo(3);

        newProduct("sports", brand, unique("Counted item"), BigDecimal.TEN, 2);

        assertThat(total(brand, "price_asc")).isEqualTo(4);
    }

    @Test
    void aTotalIsKeptWhileAnotherInstanceChangesTheCatalogThenFollowsWithinItsBound() {
        String brand = word();
        long first = newProduct("sports", brand, unique("Kept item"), BigDecimal.TEN, 2);
        for (int i = 0; i < 2; i++) {
            newProduct("sports", brand, unique("Kept item"), BigDecimal.TEN, 2);
        }
        assertThat(total(brand, "name")).isEqualTo(3);

        // another instance deletes a product: this one hears of it by no event
        jdbc.sql("UPDATE products SET deleted_at = UTC_TIMESTAMP(6) WHERE id = :id").param("id", first).update();

        // another sort is another cached listing, read afresh; its total is the one counted for these filters
        assertThat(total(brand, "price_asc")).isEqualTo(3);
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(total(brand, "newest")).isEqualTo(2));
    }

    /** A brand that is one word no other product has, so a search for it lists exactly its products. */
    private static String word() {
        return "totals" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The total of the brand's listing, asked for as one product a page (so the total must be counted). */
    private long total(String brand, String sort) {
        Map<?, ?> page = (Map<?, ?>) api.get().uri("/api/v1/products?q={b}&size=1&sort={s}", brand, sort)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("page");
        return ((Number) page.get("totalElements")).longValue();
    }
}
