package io.aisle.catalog;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Catalog helpers on top of {@link ApiTest}; the same Spring context, no extra configuration. */
abstract class CatalogApiTest extends ApiTest {

    protected static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private String admin;

    /** "Bearer ..." for the admin, signed in once per test. */
    protected String admin() {
        if (admin == null) {
            admin = adminBearer();
        }
        return admin;
    }

    /** A word no other product contains: letters and digits only, so that search takes it as one word. */
    protected static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid product form: a unique SKU and name, in sports, 10.00, 5 in stock, with the given fields changed. */
    protected static Map<String, Object> productForm(Object... fieldsAndValues) {
        Map<String, Object> form = new HashMap<>(Map.of("sku", unique("SKU").toUpperCase(), "name", unique("Test product"),
                "brand", "Testbrand", "category", "sports", "description", "A product made by a test.",
                "price", new BigDecimal("10.00"), "stock", 5));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    /** Creates a product from {@link #productForm} and returns its id. */
    protected long createProduct(Object... fieldsAndValues) {
        return id(postProduct(productForm(fieldsAndValues)).expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody());
    }

    protected RestTestClient.ResponseSpec postProduct(Map<String, ?> form) {
        return api.post().uri("/api/v1/products").header(HttpHeaders.AUTHORIZATION, admin()).body(form).exchange();
    }

    /** PUT /api/v1/products/{id} as the admin. */
    protected RestTestClient.ResponseSpec put(long id, Map<String, ?> form) {
        return api.put().uri("/api/v1/products/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()).body(form).exchange();
    }

    protected Map<String, Object> product(long id) {
        return api.get().uri("/api/v1/products/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    /** GET /api/v1/products with these query parameters (pairs of name and value), values encoded strictly. */
    protected RestTestClient.ResponseSpec listProducts(Object... paramsAndValues) {
        Map<String, Object> values = new HashMap<>();
        return api.get().uri(builder -> {
            builder.path("/api/v1/products");
            for (int i = 0; i < paramsAndValues.length; i += 2) {
                String name = (String) paramsAndValues[i];
                builder.queryParam(name, "{" + name + "}");
                values.put(name, paramsAndValues[i + 1]);
            }
            return builder.build(values);
        }).exchange();
    }

    /** A successful listing's body. */
    protected Map<String, Object> listing(Object... paramsAndValues) {
        return listProducts(paramsAndValues).expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    /** The ids of a listing's products, in order. */
    protected List<Long> ids(Object... paramsAndValues) {
        return content(listing(paramsAndValues)).stream().map(CatalogApiTest::id).toList();
    }

    protected RestTestClient.ResponseSpec postReview(Customer customer, long productId, Map<String, ?> review) {
        return api.post().uri("/api/v1/products/{id}/reviews", productId)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(review)
                .exchange();
    }

    protected List<Map<String, Object>> categories() {
        return api.get().uri("/api/v1/categories").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();
    }

    /** The productCount the category listing shows for this slug. */
    protected long productCount(String slug) {
        return categories().stream()
                .filter(c -> slug.equals(c.get("slug")))
                .mapToLong(c -> ((Number) c.get("productCount")).longValue())
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> content(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("content");
    }

    protected static long id(Map<String, ?> json) {
        return ((Number) json.get("id")).longValue();
    }
}
