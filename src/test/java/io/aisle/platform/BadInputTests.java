package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Whatever a client sends, the answer is a 4xx problem, never a 500, and nothing is half-written. */
class BadInputTests extends ApiTest {

    private static final int ONE_MIB = 1024 * 1024;

    @Test
    void answers400ProblemToMalformedJson() {
        for (String json : new String[] {"{\"email\": ", "not json at all", "{\"email\": \"a@b.c\",}", "[1, 2]", "\"text\""}) {
            expectProblem(register(json), 400);
        }
    }

    @Test
    void answers400ProblemToDeeplyNestedJsonInvalidUtf8AndOverlongNumbers() {
        expectProblem(register("{\"email\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400);
        byte[] invalidUtf8 = {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        expectProblem(api.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).body(invalidUtf8)
                .exchange(), 400);
        expectProblem(createProduct("{\"price\":" + "9".repeat(5000) + ",\"sku\":\"X\"}"), 400);
        expectProblem(createProduct("{\"price\":1e1000000000,\"sku\":\"X\"}"), 400);
    }

    @Test
    void answers400ProblemToAMissingBody() {
        expectProblem(api.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).exchange(), 400);
    }

    @Test
    void answers400ProblemNamingTheFieldOfAWrongType() {
        String sku = unique("TYPE").toUpperCase();
        expectProblem(createProduct(product(sku, "cheap", 1)), 400).jsonPath("$.errors[0].field").isEqualTo("price");
        expectProblem(createProduct(product(sku, 1, Map.of("a", 1))), 400).jsonPath("$.errors[0].field").isEqualTo("stock");
        expectProblem(createProduct(product(sku, 1, 1.5)), 400).jsonPath("$.errors[0].field").isEqualTo("stock");
        expectProblem(createProduct(product(sku, 1, "many")), 400).jsonPath("$.errors[0].field").isEqualTo("stock");
        assertNoProduct(sku);
    }

    @Test
    void answers400ProblemToOutOfRangeNumbers() {
        String sku = unique("RANGE").toUpperCase();
        for (String value : new String[] {"99999999999", "-99999999999", "1e30"}) {
            expectProblem(createProduct("{\"sku\":\"" + sku + "\",\"name\":\"N\",\"brand\":\"B\",\"category\":\"sports\","
                    + "\"description\":\"D\",\"price\":1,\"stock\":" + value + "}"), 400)
                    .jsonPath("$.errors[0].field").isEqualTo("stock");
        }
        expectProblem(createProduct(product(sku, new BigDecimal("1e12"), 1)), 400)
                .jsonPath("$.errors[0].field").isEqualTo("price");
        assertNoProduct(sku);
    }

    @Test
    void answers413ProblemToABodyOverOneMebibyteWithContentLength() throws Exception {
        String sku = unique("BIG").toUpperCase();
        assertTooLarge(send(HttpRequest.BodyPublishers.ofByteArray(bigProduct(sku))));
        assertNoProduct(sku);
    }

    @Test
    void answers413ProblemToAChunkedBodyOverOneMebibyte() throws Exception {
        String sku = unique("CHUNK").toUpperCase();
        byte[] body = bigProduct(sku);
        assertTooLarge(send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertNoProduct(sku);
    }

    @Test
    void answers415ProblemToAWildcardContentTypeWithOrWithoutABody() throws Exception {
        Customer customer = newCustomer();
        for (String wildcard : new String[] {"*/*", "application/*", "text/*", "*"}) {
            for (String body : new String[] {"", "{\"email\":\"a@b.c\",\"password\":\"whatever-password\"}"}) {
                HttpResponse<String> login = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/login"))
                                .header(HttpHeaders.CONTENT_TYPE, wildcard)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertProblem(login, 415, "login with Content-Type " + wildcard + " and body '" + body + "'");
            }
        }
        HttpResponse<String> profile = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users/me"))
                        .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                        .header(HttpHeaders.CONTENT_TYPE, "*/*")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"fullName\":\"Changed\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(profile, 415, "profile change with Content-Type */*");
        assertThat(jdbc.sql("SELECT full_name FROM users WHERE id = :id").param("id", customer.id())
                .query(String.class).single()).isNotEqualTo("Changed");
    }

    @Test
    void acceptsABodyJustUnderTheLimit() {
        String padding = " ".repeat(ONE_MIB - 100);
        api.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .body("{\"email\":\"nobody@example.com\",\"password\":\"wrong-password\"}" + padding)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void storesSqlAndMarkupInTextFieldsExactlyAsGiven() {
        String name = "Robert'); DROP TABLE products; -- <img src=x onerror=alert(1)>";
        String description = "\" OR \"1\"=\"1 \\'; SELECT * FROM users; <script>alert('x')</script> 100% _wild_";
        Map<?, ?> product = createProduct(Map.of("sku", unique("SQL").toUpperCase(), "name", name, "brand", "O'Reilly",
                "category", "books", "description", description, "price", new BigDecimal("1.00"), "stock", 1))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        api.get().uri("/api/v1/products/{id}", product.get("id")).exchange()
                .expectBody()
                .jsonPath("$.name").isEqualTo(name)
                .jsonPath("$.brand").isEqualTo("O'Reilly")
                .jsonPath("$.description").isEqualTo(description);
    }

    @Test
    void storesMarkupInANameExactlyAsGiven() {
        String name = "<b>Bold</b> & 'Quoted' \"Name\"";
        api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", unique("markup") + "@example.com", "password", "long-enough-password", "fullName", name))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.fullName").isEqualTo(name);
    }

    @Test
    void searchesForSqlAsPlainWords() {
        long withSql = total("q", "' OR 1=1; DROP TABLE products --");
        long plainWords = total("q", "OR DROP TABLE products");

        assertThat(withSql).isEqualTo(plainWords);
        assertThat(total("category", "' OR '1'='1")).isZero();
        assertThat(total()).isGreaterThanOrEqualTo(77);
    }

    private long total(String... parameterAndValue) {
        String uri = parameterAndValue.length == 0 ? "/api/v1/products" : "/api/v1/products?" + parameterAndValue[0] + "={v}";
        Object[] values = parameterAndValue.length == 0 ? new Object[0] : new Object[] {parameterAndValue[1]};
        Map<?, ?> page = (Map<?, ?>) api.get().uri(uri, values).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("page");
        return ((Number) page.get("totalElements")).longValue();
    }

    @Test
    void answers415ProblemToANonJsonBody() {
        expectProblem(api.post().uri("/api/v1/auth/login").contentType(MediaType.TEXT_PLAIN).body("email=a&password=b")
                .exchange(), 415);
    }

    @Test
    void answers404ProblemToAnUnknownPathAnd405ToAnUnknownMethod() {
        String admin = adminBearer();
        expectProblem(api.get().uri("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);
        expectProblem(api.put().uri("/api/v1/categories").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of()).exchange(), 405);
    }

    @Test
    void answersAProblemToApiRequestsRefusedBeforeAnyControllerAndAPlainPageElsewhere() throws Exception {
        Map<String, Integer> refused = Map.of(
                "/api/v1/products/1;2", 400, // Spring Security's firewall
                "/api/v1/products/%2e%2e", 400,
                "/api/v1/products/1%0a", 400,
                "/api/v1/products/%00", 400, // Tomcat, before the application
                "/api/v1/cart/items/%5C1", 400);
        // a request line past Tomcat's limit is refused before its URL is read: Tomcat's plain 400, still a 4xx
        assertThat(send("GET", "/api/v1/products?q=" + "x".repeat(10_000)).statusCode()).isEqualTo(400);
        for (Map.Entry<String, Integer> request : refused.entrySet()) {
            assertProblem(send("GET", request.getKey()), request.getValue(), request.getKey());
        }
        assertProblem(send("TRACE", "/api/v1/products"), 405, "TRACE");
        HttpResponse<String> unknown = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-endpoint"))
                        .header(HttpHeaders.AUTHORIZATION, adminBearer()).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(unknown, 404, "unknown endpoint");
        assertThat(JsonMapper.shared().readValue(unknown.body(), Map.class).get("detail")).asString()
                .contains("no API endpoint");

        for (String page : new String[] {"/p/1;2", "/p/99999999999999999999", "/p/%00"}) {
            HttpResponse<String> response = send("GET", page);
            assertThat(response.statusCode()).as(page).isEqualTo(400);
            assertThat(response.body()).as(page).doesNotContain("Exception", "Whitelabel", "Tomcat");
        }
        assertThat(send("GET", "/p/99999999999999999999").body()).contains("That did not work");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header(HttpHeaders.ACCEPT, path.startsWith("/api/") ? "application/json" : "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse("")).as(what)
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(JsonMapper.shared().readValue(response.body(), Map.class)).as(what)
                .containsEntry("status", status).containsKeys("title", "detail");
    }

    private RestTestClient.ResponseSpec register(String json) {
        return api.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    /** A product form with this SKU and these price and stock values, whatever their JSON type. */
    private static Map<String, Object> product(String sku, Object price, Object stock) {
        return Map.of("sku", sku, "name", "N", "brand", "B", "category", "sports", "description", "D", "price", price,
                "stock", stock);
    }

    /** POST /api/v1/products as the admin, with a form or a raw JSON string. */
    private RestTestClient.ResponseSpec createProduct(Object body) {
        return api.post().uri("/api/v1/products").header(HttpHeaders.AUTHORIZATION, adminBearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private byte[] bigProduct(String sku) {
        return ("{\"sku\":\"" + sku + "\",\"name\":\"Big\",\"brand\":\"B\",\"category\":\"sports\",\"price\":1,\"stock\":1,"
                + "\"description\":\"" + "x".repeat(ONE_MIB + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/products"))
                .header(HttpHeaders.AUTHORIZATION, adminBearer())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .POST(body)
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValueSatisfying(
                type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(JsonMapper.shared().readValue(response.body(), Map.class))
                .containsEntry("status", 413).containsKeys("title", "detail");
    }

    private void assertNoProduct(String sku) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE sku = :sku").param("sku", sku).query(Long.class).single())
                .isZero();
    }
}
