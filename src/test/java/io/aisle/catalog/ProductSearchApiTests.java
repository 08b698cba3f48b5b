package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search, filters, sort orders and paging over products of the test's own: every query names a word
 * only these products contain, so the rest of the (shared, growing) catalog never gets in the way.
 */
class ProductSearchApiTests extends CatalogApiTest {

    /** Five products A to E sharing one word, created once for the class (in this order) and only read. */
    private record Shelf(String word, long a, long b, long c, long d, long e) {

        List<Long> byLetters(String letters) {
            List<Long> all = List.of(a, b, c, d, e);
            return letters.chars().mapToObj(letter -> all.get(letter - 'A')).toList();
        }
    }

    private static Shelf shelf;

    private synchronized Shelf shelf() {
        if (shelf == null) {
            String w = word();
            long a = createProduct("name", w + " Delta", "category", "sports", "price", new BigDecimal("5.00"), "stock", 0);
            long b = createProduct("name", w + " alpha", "category", "books", "price", new BigDecimal("40.00"), "stock", 50);
            long c = createProduct("name", w + " Charlie", "category", "sports", "price", new BigDecimal("10.00"), "stock", 3);
            long d = createProduct("name", w + " bravo", "category", "books", "price", new BigDecimal("20.00"), "stock", 10);
            long e = createProduct("name", w + " Echo", "category", "home-garden", "price", new BigDecimal("15.00"), "stock", 1);
            Customer first = newCustomer();
            Customer second = newCustomer();
            review(first, c, 5);
            review(first, a, 4);
            review(first, d, 4);
            review(second, d, 4);
            shelf = new Shelf(w, a, b, c, d, e);
        }
        return shelf;
    }

    @Test
    void ranksProductsMatchingMoreWordsFirstThenNameOverBrandOverDescription() {
        String first = word();
        String second = word();
        long both = createProduct("name", "Lamp " + first + " " + second);
        long inDescription = createProduct("name", "Plain lamp", "description", "Goes well with " + first + ".");
        long inBrand = createProduct("name", "Other lamp", "brand", second);
        createProduct("name", "Unrelated lamp");

        assertThat(ids("q", first + " " + second)).containsExactly(both, inBrand, inDescription);
    }

    @Test
    void findsASeededProductFirstByItsNameAndBrand() {
        Map<String, Object> first = content(listing("q", "apple iphone 15 pro")).get(0);
        assertThat(first.get("sku")).isEqualTo("APL-IP15P-128");

        assertThat(content(listing("q", "Sony headphones")).get(0).get("sku")).isEqualTo("SNY-WH1000XM5");
    }

    @Test
    void matchesWordsInTheDescriptionWhateverTheirCase() {
        String w = word();
        long id = createProduct("description", "Made with " + w + " inside.");

        assertThat(ids("q", w.toUpperCase())).containsExactly(id);
    }

    @Test
    void takesLikeWildcardsInTheQueryLiterally() {
        String w = word();
        long underscore = createProduct("name", "Deal " + w + "_x1");
        createProduct("name", "Deal " + w + "ax1");
        long percent = createProduct("name", "Sale " + w + "%");
        createProduct("name", "Sale " + w + "9");

        assertThat(ids("q", w + "_x1")).containsExactly(underscore);
        assertThat(ids("q", w + "%")).containsExactly(percent);
        for (String wildcard : List.of("%", "_", "%%")) {
            Map<String, Object> page = listing("q", wildcard, "size", 100);
            assertThat(content(page)).allSatisfy(p -> assertThat("" + p.get("name") + p.get("brand") + p.get("description"))
                    .contains(wildcard.substring(0, 1)));
        }
    }

    @Test
    void keepsOutOfStockProductsListedWithStockZero() {
        Shelf s = shelf();
        Map<String, Object> a = content(listing("q", s.word(), "inStock", false)).get(0);

        assertThat(ids("q", s.word())).contains(s.a());
        assertThat(id(a)).isEqualTo(s.a());
        assertThat(a.get("stock")).isEqualTo(0);
    }

    @Test
    void filtersByPriceRangeInclusively() {
        Shelf s = shelf();
        assertThat(ids("q", s.word(), "minPrice", "10", "maxPrice", "20.00", "sort", "price_asc"))
                .containsExactly(s.c(), s.e(), s.d());
    }

    @Test
    void filtersByStockRangeAndAvailability() {
        Shelf s = shelf();
        assertThat(ids("q", s.word(), "minStock", 3, "maxStock", 10, "sort", "price_asc")).containsExactly(s.c(), s.d());
        assertThat(ids("q", s.word(), "inStock", true, "sort", "price_asc")).containsExactly(s.c(), s.e(), s.d(), s.b());
        assertThat(ids("q", s.word(), "inStock", false)).containsExactly(s.a());
    }

    @Test
    void filtersByCategorySlugAndCombinesFilters() {
        Shelf s = shelf();
        assertThat(ids("q", s.word(), "category", "books", "sort", "price_asc")).containsExactly(s.d(), s.b());
        assertThat(ids("q", s.word(), "category", "sports", "inStock", true)).containsExactly(s.c());
        assertThat(ids("q", s.word(), "category", "no-such-category")).isEmpty();
    }

    @ParameterizedTest(name = "sort={0} lists {1}")
    @CsvSource({
            "price_asc, ACEDB",   // 5.00, 10.00, 15.00, 20.00, 40.00
            "PRICE_ASC, ACEDB",   // sort names in any case
            "price_desc, BDECA",
            "newest, EDCBA",      // the reverse of the creation order
            "name, BDCAE",        // alpha, bravo, Charlie, Delta, Echo: case ignored
            "rating, CDABE"})     // 5.00 once, 4.00 twice, 4.00 once, then the unrated by id
    void sortsInEachOrder(String sort, String expected) {
        Shelf s = shelf();
        assertThat(ids("q", s.word(), "sort", sort)).containsExactlyElementsOf(s.byLetters(expected));
    }

    @Test
    void sortsByRelevanceByDefaultAndOnRequest() {
        Shelf s = shelf();
        assertThat(ids("q", s.word())).isEqualTo(ids("q", s.word(), "sort", "relevance")).hasSize(5);
    }

    @Test
    void pagesThroughTheResultsWithTheRightNumbers() {
        Shelf s = shelf();
        List<Long> seen = new ArrayList<>();
        for (int number = 0; number < 3; number++) {
            Map<String, Object> page = listing("q", s.word(), "sort", "price_asc", "size", 2, "page", number);
            assertThat(page.get("page")).isEqualTo(Map.of("number", number, "size", 2, "totalElements", 5, "totalPages", 3));
            content(page).forEach(p -> seen.add(id(p)));
        }
        assertThat(seen).containsExactly(s.a(), s.c(), s.e(), s.d(), s.b());
    }

    @Test
    void answersAnEmptyPagePastTheEndWithTheTotalsStillRight() {
        Shelf s = shelf();
        Map<String, Object> page = listing("q", s.word(), "size", 2, "page", 7);

        assertThat(content(page)).isEmpty();
        assertThat(page.get("page")).isEqualTo(Map.of("number", 7, "size", 2, "totalElements", 5, "totalPages", 3));
    }

    @Test
    void pagesBy20UnlessAskedAndAllowsUpTo100() {
        Map<String, Object> page = listing();
        assertThat(page.get("page")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("size", 20).containsEntry("number", 0);
        assertThat(content(page)).hasSize(20);
        assertThat(content(listing("size", 100))).hasSizeGreaterThanOrEqualTo(77);
    }

    @Test
    void findsAnEmptyResultWithZeroTotals() {
        Map<String, Object> page = listing("q", word());

        assertThat(content(page)).isEmpty();
        assertThat(page.get("page")).isEqualTo(Map.of("number", 0, "size", 20, "totalElements", 0, "totalPages", 0));
    }
}
