package io.aisle.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin's REST API for promotions, over HTTP. */
class PromotionAdminApiTests extends PromotionTest {

    private static final String URL = "/api/v1/admin/promotions";

    @Autowired
    private PlatformTransactionManager transactions;

    private Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Spring sale");
        body.put("code", code);
        body.put("kind", "PERCENTAGE");
        body.put("value", 12.5);
        body.put("categorySlugs", List.of(category));
        body.put("usageLimit", 100);
        body.put("perCustomerLimit", 1);
        return body;
    }

    private Map<?, ?> create(String admin, Map<String, Object> body) {
        Map<?, ?> created = api.post().uri(URL).header(HttpHeaders.AUTHORIZATION, admin).body(body).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/admin/promotions/\\d+")
                .expectBody(Map.class).returnResult().getResponseBody();
        pauseAfterwards(((Number) created.get("id")).longValue());
        return created;
    }

    @Test
    void anAdminCreatesUpdatesPausesResumesAndListsAPromotionWithItsUsage() {
        String admin = adminBearer();
        String code = unique("SPRING").replace("-", "");
        Map<?, ?> created = create(admin, body(code));
        long id = ((Number) created.get("id")).longValue();
        assertThat(created.get("status")).isEqualTo("ACTIVE");
        assertThat(created.get("code")).isEqualTo(code);

        Map<String, Object> changed = body(code.toLowerCase());
        changed.put("value", 15);
        api.put().uri(URL + "/{id}", id).header(HttpHeaders.AUTHORIZATION, admin).body(changed).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.value").isEqualTo(15.0).jsonPath("$.code").isEqualTo(code.toLowerCase());
        api.post().uri(URL + "/{id}/pause", id).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PAUSED");
        api.post().uri(URL + "/{id}/resume", id).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");

        long orderId = newOrderId();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> service.redeem(
                service.evaluate(List.of(line("40.00", 1)), new PromotionContext(code, "Ada@Example.com", true, Instant.now())),
                orderId, "Ada@Example.com"));

        api.get().uri(URL + "?size=100").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.content[?(@.promotion.id == %d)].redemptions".formatted(id)).isEqualTo(List.of(1))
                .jsonPath("$.content[?(@.promotion.id == %d)].discounted".formatted(id)).isEqualTo(List.of(6.0));
        api.get().uri(URL + "/{id}/redemptions", id).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.content[0].orderId").isEqualTo(orderId)
                .jsonPath("$.content[0].customerEmail").isEqualTo("ada@example.com")
                .jsonPath("$.content[0].amount").isEqualTo(6.0)
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void answers400NamingTheFieldForInputThatMakesNoSense() {
        String admin = adminBearer();
        Map<String, Object> tooMuch = body(null);
        tooMuch.put("value", 150);
        Map<String, Object> buyWhat = body(null);
        buyWhat.put("kind", "BUY_X_GET_Y");
        buyWhat.put("value", 100);
        Map<String, Object> backwards = body(null);
        backwards.put("startsAt", "2030-02-01T00:00:00Z");
        backwards.put("endsAt", "2030-01-01T00:00:00Z");
        Map<String, Object> nameless = body("BAD CODE");
        nameless.put("name", " ");

        for (var bad : List.of(Map.entry(tooMuch, "value"), Map.entry(buyWhat, "buyQuantity"), Map.entry(backwards, "endsAt"),
                Map.entry(nameless, "name"))) {
            expectProblem(api.post().uri(URL).header(HttpHeaders.AUTHORIZATION, admin).body(bad.getKey()).exchange(), 400)
                    .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields).contains((Object) bad.getValue()));
        }
        Map<String, Object> unknownKind = body(null);
        unknownKind.put("kind", "HALF_PRICE_MONDAYS");
        expectProblem(api.post().uri(URL).header(HttpHeaders.AUTHORIZATION, admin).body(unknownKind).exchange(), 400);
    }

    @Test
    void answers409WhenTheCodeIsTakenInAnyCase() {
        String admin = adminBearer();
        String code = unique("TAKEN").replace("-", "");
        create(admin, body(code));

        expectProblem(api.post().uri(URL).header(HttpHeaders.AUTHORIZATION, admin).body(body(code.toLowerCase())).exchange(), 409)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("codes ignore case"));
    }

    @Test
    void answers404ForAPromotionThatDoesNotExistAnd403ForACustomer() {
        String admin = adminBearer();
        expectProblem(api.get().uri(URL + "/{id}", Long.MAX_VALUE).header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);
        expectProblem(api.post().uri(URL + "/{id}/pause", Long.MAX_VALUE).header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);
        expectProblem(api.get().uri(URL + "/{id}/redemptions", Long.MAX_VALUE).header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);
        api.get().uri(URL).header(HttpHeaders.AUTHORIZATION, newCustomer().bearer()).exchange().expectStatus().isForbidden();
        api.get().uri(URL).exchange().expectStatus().isUnauthorized();
    }
}
