package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin product API's tax class and shipping weight: given, defaulted, kept, refused. */
class ProductTaxClassAndWeightApiTests extends CatalogApiTest {

    @Test
    void createsAProductWithItsTaxClassAndWeight() {
        long id = createProduct("taxClass", "reduced", "weightGrams", 1200);

        assertThat(product(id)).containsEntry("taxClass", "reduced").containsEntry("weightGrams", 1200);
    }

    @Test
    void aProductCreatedWithoutThemIsStandardRatedAndWeighsNothing() {
        long id = createProduct();

        assertThat(product(id)).containsEntry("taxClass", "standard").containsEntry("weightGrams", 0);
    }

    @Test
    void anUpdateChangesThemWhenGivenAndKeepsThemWhenLeftOut() {
        long id = createProduct("taxClass", "reduced", "weightGrams", 800);
        Map<String, Object> form = productForm("name", "Renamed");

        put(id, productForm("sku", form.get("sku"), "taxClass", "ZERO", "weightGrams", 1_000_000)).expectStatus().isOk();
        assertThat(product(id)).containsEntry("taxClass", "zero").containsEntry("weightGrams", 1_000_000);

        put(id, form).expectStatus().isOk();
        assertThat(product(id)).containsEntry("name", "Renamed").containsEntry("taxClass", "zero")
                .containsEntry("weightGrams", 1_000_000);
    }

    @Test
    void refusesAnUnknownTaxClassAndWeightsOutOfRangeNamingTheField() {
        expectProblem(postProduct(productForm("taxClass", "luxury")), 400).jsonPath("$.errors[0].field").isEqualTo("taxClass");
        expectProblem(postProduct(productForm("taxClass", "")), 400).jsonPath("$.errors[0].field").isEqualTo("taxClass");
        expectProblem(postProduct(productForm("weightGrams", -1)), 400).jsonPath("$.errors[0].field").isEqualTo("weightGrams");
        expectProblem(postProduct(productForm("weightGrams", 1_000_001)), 400).jsonPath("$.errors[0].field").isEqualTo("weightGrams");
        long id = createProduct("weightGrams", 5);
        expectProblem(put(id, productForm("weightGrams", 2_000_000)), 400).jsonPath("$.errors[0].field").isEqualTo("weightGrams");
        assertThat(product(id)).containsEntry("weightGrams", 5);
    }
}
