package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Concurrently;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

class ReviewApiTests extends CatalogApiTest {

    @Test
    void postsAReviewSignedWithTheAuthorsShortNameAndListsItAsPosted() {
        long productId = createProduct();
        Customer customer = newCustomer();

        Map<String, Object> posted = postReview(customer, productId, Map.of("rating", 4, "text", "Does the job.")).expectStatus()
                .isCreated()
                .expectBody(JSON).returnResult().getResponseBody();

        assertThat(posted).containsEntry("rating", 4).containsEntry("text", "Does the job.")
                .containsEntry("authorName", "Test C.").containsEntry("productId", (int) productId);
        Map<String, Object> listed = api.get().uri("/api/v1/products/{id}/reviews", productId).exchange()
                .expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        assertThat(listed.get("content")).isEqualTo(List.of(posted));
        assertThat(listed.get("page")).isEqualTo(Map.of("number", 0, "size", 20, "totalElements", 1, "totalPages", 1));
    }

    @Test
    void keepsTheRatingAverageAndCountRight() {
        long productId = createProduct();
        review(newCustomer(), productId, 5);
        review(newCustomer(), productId, 4);

        Map<String, Object> product = product(productId);
        assertThat(product.get("ratingAverage")).isEqualTo(4.5);
        assertThat(product.get("ratingCount")).isEqualTo(2);
        review(newCustomer(), productId, 1);
        assertThat(product(productId).get("ratingAverage")).isEqualTo(3.33);
    }

    @Test
    void keepsTheRatingRightWhenCustomersReviewAtTheSameTime() throws Exception {
        long productId = createProduct();
        List<Customer> customers = IntStream.range(0, 6).mapToObj(i -> newCustomer()).toList();

        List<Integer> statuses = Concurrently.statuses(customers.size(), i -> postReview(customers.get(i), productId,
                Map.of("rating", i % 2 == 0 ? 5 : 2, "text", "At once")));

        assertThat(statuses).containsOnly(201);
        assertThat(product(productId)).containsEntry("ratingCount", 6).containsEntry("ratingAverage", 3.5);
    }

    @Test
    void refusesASecondReviewOfTheSameProductWith409() {
        long productId = createProduct();
        Customer customer = newCustomer();
        review(customer, productId, 5);

        expectProblem(postReview(customer, productId, Map.of("rating", 1, "text", "Changed my mind")), 409);

        assertThat(product(productId)).containsEntry("ratingCount", 1).containsEntry("ratingAverage", 5.0);
    }

    @Test
    void refusesRatingsOutside1To5AndEmptyOrTooLongTextWithFieldErrors() {
        long productId = createProduct();
        Customer customer = newCustomer();

        expectFieldError(postReview(customer, productId, Map.of("rating", 0, "text", "Zero")), "rating");
        expectFieldError(postReview(customer, productId, Map.of("rating", 6, "text", "Six")), "rating");
        expectFieldError(postReview(customer, productId, Map.of("text", "No rating")), "rating");
        expectFieldError(postReview(customer, productId, Map.of("rating", 4.5, "text", "Half")), "rating");
        expectFieldError(postReview(customer, productId, Map.of("rating", "five", "text", "Word")), "rating");
        expectFieldError(postReview(customer, productId, Map.of("rating", 99999999999L, "text", "Huge")), "rating");
        expectFieldError(postReview(customer, productId, Map.of("rating", 3, "text", "")), "text");
        expectFieldError(postReview(customer, productId, Map.of("rating", 3, "text", "   ")), "text");
        expectFieldError(postReview(customer, productId, Map.of("rating", 3, "text", "x".repeat(2001))), "text");
        assertThat(product(productId).get("ratingCount")).isEqualTo(0);

        postReview(customer, productId, Map.of("rating", 3, "text", "x".repeat(2000))).expectStatus().isCreated();
    }

    @Test
    void storesTheTextExactlyAsWritten() {
        long productId = createProduct();
        String text = "<script>alert(1)</script>' OR 1=1 -- \"quoted\" \\ back\\slash; DROP TABLE reviews; 😀 ünïcödé\n  line two  ";

        postReview(newCustomer(), productId, Map.of("rating", 2, "text", text)).expectStatus().isCreated()
                .expectBody().jsonPath("$.text").isEqualTo(text);

        api.get().uri("/api/v1/products/{id}/reviews", productId).exchange()
                .expectBody().jsonPath("$.content[0].text").isEqualTo(text);
    }

    @Test
    void needsASignedInCustomerToPost() {
        long productId = createProduct();
        expectProblem(api.post().uri("/api/v1/products/{id}/reviews", productId)
                .body(Map.of("rating", 5, "text", "Anonymous")).exchange(), 401);
        expectProblem(api.post().uri("/api/v1/products/{id}/reviews", productId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
                .body(Map.of("rating", 5, "text", "Forged")).exchange(), 401);
    }

    @Test
    void answers404ForReviewsOfAnUnknownProduct() {
        expectProblem(api.get().uri("/api/v1/products/999999999/reviews").exchange(), 404);
        expectProblem(postReview(newCustomer(), 999_999_999L, Map.of("rating", 5, "text", "Ghost")), 404);
        expectProblem(api.get().uri("/api/v1/products/abc/reviews").exchange(), 400);
    }

    @Test
    void pagesReviewsNewestFirst() {
        long productId = createProduct();
        review(newCustomer(), productId, 1);
        review(newCustomer(), productId, 2);
        review(newCustomer(), productId, 3);

        api.get().uri("/api/v1/products/{id}/reviews?size=2", productId).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content.length()").isEqualTo(2)
                .jsonPath("$.content[0].rating").isEqualTo(3)
                .jsonPath("$.content[1].rating").isEqualTo(2)
                .jsonPath("$.page.totalElements").isEqualTo(3)
                .jsonPath("$.page.totalPages").isEqualTo(2);
        api.get().uri("/api/v1/products/{id}/reviews?size=2&page=1", productId).exchange()
                .expectBody().jsonPath("$.content[0].rating").isEqualTo(1);
        expectProblem(api.get().uri("/api/v1/products/{id}/reviews?size=0", productId).exchange(), 400);
    }

    private static void expectFieldError(RestTestClient.ResponseSpec response,
            String field) {
        expectProblem(response, 400).jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
