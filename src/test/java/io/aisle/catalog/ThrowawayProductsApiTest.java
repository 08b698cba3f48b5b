package io.aisle.catalog;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.http.HttpHeaders;

/**
 * Catalog API tests whose products are deleted after each test: search tests, where similar products
 * piling up over runs in the shared test database would crowd each other out.
 */
abstract class ThrowawayProductsApiTest extends CatalogApiTest {

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void deleteCreatedProducts() {
        created.forEach(id -> api.delete().uri("/api/v1/products/{id}", id).header(HttpHeaders.AUTHORIZATION, admin())
                .exchange());
        created.clear();
    }

    @Override
    protected long createProduct(Object... fieldsAndValues) {
        long id = super.createProduct(fieldsAndValues);
        created.add(id);
        return id;
    }
}
