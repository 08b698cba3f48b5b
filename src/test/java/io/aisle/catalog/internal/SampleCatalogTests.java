package io.aisle.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.CsvRecords;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain unit tests, no Spring: the seed catalog file is complete and well formed. */
class SampleCatalogTests {

    private final List<List<String>> rows = CatalogSeeder.readCatalog();

    @Test
    void holdsAtLeast60ProductsAcrossTheFiveCategories() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows).extracting(row -> row.get(3)).containsOnly("electronics", "clothing", "books", "home-garden", "sports")
                .contains("electronics", "clothing", "books", "home-garden", "sports");
    }

    @Test
    void hasSevenValidFieldsAndAUniqueSkuOnEveryRow() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row).hasSize(7).allSatisfy(field -> assertThat(field).isNotBlank());
            assertThat(new BigDecimal(row.get(5))).isPositive().hasScaleOf(2);
            assertThat(Integer.parseInt(row.get(6))).isNotNegative();
        });
        assertThat(rows).extracting(row -> row.get(0)).doesNotHaveDuplicates();
    }

    @Test
    void includesTheWellKnownProductsOfTheReferenceShop() {
        List<String> products = rows.stream().map(row -> row.get(2) + " " + row.get(1)).toList();
        for (String wanted : List.of("iPhone 15 Pro", "MacBook Air 13-inch (M3", "Sony WH-1000XM5", "Levi's 501",
                "Nike Air Force 1", "Patagonia * Jacket", "The Psychology of Money", "Atomic Habits", "Sapiens",
                "Dyson V15", "Instant Pot", "Philips Hue", "Hydro Flask", "YETI * Tumbler", "TheraBand * Resistance Bands")) {
            String pattern = "(?i).*" + java.util.regex.Pattern.quote(wanted).replace("*", "\\E.*\\Q") + ".*";
            assertThat(products).as(wanted).anyMatch(product -> product.matches(pattern));
        }
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() {
        assertThat(CsvRecords.parse("a,\"b, \"\"c\"\"\nd\",e\r\nf,,g"))
                .containsExactly(List.of("a", "b, \"c\"\nd", "e"), List.of("f", "", "g"));
    }

    @Test
    void seedsBooksAtTheReducedTaxClassAndEverythingElseAtTheStandardOne() {
        assertThat(rows).allSatisfy(row -> assertThat(CatalogSeeder.form(row).taxClass())
                .isEqualTo(row.get(3).equals("books") ? "reduced" : "standard"));
        assertThat(rows).anyMatch(row -> row.get(3).equals("books"));
    }
}
