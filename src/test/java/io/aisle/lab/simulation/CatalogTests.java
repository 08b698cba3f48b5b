package io.aisle.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTests {

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotes() {
        assertThat(CsvLine.fields("A-1,\"Air 13\"\" (M3, 8GB)\",Apple,,9.50"))
                .containsExactly("A-1", "Air 13\" (M3, 8GB)", "Apple", "", "9.50");
    }

    @Test
    void refusesAnUnterminatedQuote() {
        assertThatThrownBy(() -> CsvLine.fields("a,\"b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadsEveryProductOfTheSampleCatalogIntoTheFiveCategories() {
        Catalog catalog = Catalog.sample();

        assertThat(catalog.byCategory()).hasSize(5).allSatisfy(products -> assertThat(products).isNotEmpty());
        assertThat(catalog.byCategory().stream().mapToInt(List::size).sum()).isEqualTo(77);
        assertThat(catalog.products(0)).allSatisfy(product -> assertThat(product.category()).isEqualTo("electronics"));
        assertThat(catalog.products(0).get(0)).isEqualTo(new CatalogProduct("APL-IP15P-128", "electronics", new BigDecimal("999.00")));
    }
}
