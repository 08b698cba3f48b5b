package io.aisle.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** /api/v1/admin/shipping: zones and methods through the API, and every refusal as a problem. */
class ShippingAdminApiTests extends ShippingApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private String admin;

    @BeforeEach
    void signIn() {
        admin = adminBearer();
    }

    @Test
    void createsAZoneAndAMethodThatTheOptionsOfferAtOnce() {
        String region = newRegion();
        String location = post("/zones", Map.of("name", unique("test-zone"), "countries",
                List.of(Map.of("country", "aq", "region", region.toLowerCase()))))
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/admin/shipping/zones/\\d+")
                .expectBody()
                .jsonPath("$.countries[0].country").isEqualTo("AQ")
                .jsonPath("$.countries[0].region").isEqualTo(region)
                .jsonPath("$.restOfWorld").isEqualTo(false)
                .returnResult().getResponseHeaders().getLocation().toString();
        long zoneId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        madeZone(zoneId);
        // the configuration is cached now: what follows must drop it
        assertThat(offered(query("AQ", region, "10.00", 0))).isEmpty();

        Map<String, Object> method = post("/zones/" + zoneId + "/methods", method("Parcel", "BY_WEIGHT",
                List.of(band(0, "4.00"), band(1000, "7.50")))).expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
        long methodId = ((Number) method.get("id")).longValue();
        assertThat(price(query("AQ", region, "10.00", 1000), "Parcel")).isEqualByComparingTo("7.50");

        api.post().uri("/api/v1/admin/shipping/methods/{id}/pause", methodId).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false);
        assertThat(offered(query("AQ", region, "10.00", 1000))).isEmpty();
        api.post().uri("/api/v1/admin/shipping/methods/{id}/activate", methodId).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(true);

        api.put().uri("/api/v1/admin/shipping/methods/{id}", methodId).header(HttpHeaders.AUTHORIZATION, admin)
                .body(method("Parcel", "FLAT", List.of(band(0, "3.25")))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.bands.length()").isEqualTo(1);
        assertThat(price(query("AQ", region, "10.00", 1000), "Parcel")).isEqualByComparingTo("3.25");

        api.delete().uri("/api/v1/admin/shipping/methods/{id}", methodId).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isNoContent();
        assertThat(offered(query("AQ", region, "10.00", 1000))).isEmpty();
        expectProblem(api.get().uri("/api/v1/admin/shipping/methods/{id}", methodId)
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);

        api.delete().uri("/api/v1/admin/shipping/zones/{id}", zoneId).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isNoContent();
        assertThat(offered(query("AQ", region, "10.00", 0))).containsExactly("Standard", "Express");
        expectProblem(api.delete().uri("/api/v1/admin/shipping/zones/{id}", zoneId)
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);
    }

    @Test
    void listsTheSeededZonesWithTheRestOfTheWorldLast() {
        List<Map<String, Object>> all = api.get().uri("/api/v1/admin/shipping/zones").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult().getResponseBody();
        assertThat(all.get(all.size() - 1)).containsEntry("name", "Rest of world").containsEntry("restOfWorld", true);
        assertThat(all).extracting(zone -> zone.get("name")).contains("United States");
    }

    @Test
    void refusesInvalidZonesWith400NamingTheField() {
        zoneProblem(Map.of("countries", List.of(Map.of("country", "DE"))), "name");
        zoneProblem(Map.of("name", unique("test-zone")), "countries");
        zoneProblem(Map.of("name", unique("test-zone"), "countries", List.of(Map.of("country", "XX"))), "countries[0].country");
        zoneProblem(Map.of("name", unique("test-zone"), "countries", List.of(Map.of("country", "DE", "region", "BAYERN-NORD"))),
                "countries[0].region");
        zoneProblem(Map.of("name", unique("test-zone"), "countries", List.of(Map.of("country", "DE"), Map.of("country", "de"))),
                "countries[1]");
        zoneProblem(Map.of("name", unique("test-zone"), "restOfWorld", true, "countries", List.of(Map.of("country", "DE"))),
                "countries");
    }

    @Test
    void refusesClashingZonesWith409SayingWithWhat() {
        ShippingZone taken = zone("AQ-" + newRegion());
        String entry = "AQ-" + taken.countries().get(0).region();

        expectProblem(post("/zones", Map.of("name", unique("test-zone"), "countries",
                List.of(Map.of("country", "AQ", "region", taken.countries().get(0).region())))), 409)
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains(entry, taken.name()));
        expectProblem(post("/zones", Map.of("name", taken.name(), "countries", List.of(Map.of("country", "AQ", "region", newRegion())))), 409)
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("already a zone called"));
        expectProblem(post("/zones", Map.of("name", unique("test-zone"), "restOfWorld", true)), 409)
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("Rest of world"));
    }

    @Test
    void refusesInvalidMethodsWith400NamingTheField() {
        long zoneId = zone("AQ-" + newRegion()).id();
        String path = "/zones/" + zoneId + "/methods";

        methodProblem(path, with(method("", "FLAT", List.of(band(0, "1.00"))), "name", ""), "name");
        methodProblem(path, method("Bad kind", "BY_DISTANCE", List.of(band(0, "1.00"))), "rateKind");
        methodProblem(path, method("No bands", "BY_WEIGHT", List.of()), "bands");
        methodProblem(path, method("Two flats", "FLAT", List.of(band(0, "1.00"), band(10, "2.00"))), "bands");
        methodProblem(path, method("Flat later", "FLAT", List.of(band(5, "1.00"))), "bands[0].from");
        methodProblem(path, method("Unsorted", "BY_WEIGHT", List.of(band(1000, "5.00"), band(500, "3.00"))), "bands[1].from");
        methodProblem(path, method("Overlap", "BY_SUBTOTAL", List.of(band(0, "5.00"), band(0, "3.00"))), "bands[1].from");
        methodProblem(path, method("Free", "BY_SUBTOTAL", List.of(band(0, "-1.00"))), "bands[0].price");
        methodProblem(path, method("Cents", "BY_SUBTOTAL", List.of(band(0, "1.005"))), "bands[0].price");
        methodProblem(path, method("Half gram", "BY_WEIGHT", List.of(Map.of("from", new BigDecimal("0.5"), "price", 1))),
                "bands[0].from");
        methodProblem(path, with(method("Slow", "FLAT", List.of(band(0, "1.00"))), "minDays", 6), "maxDays");
        methodProblem(path, with(method("Never", "FLAT", List.of(band(0, "1.00"))), "maxDays", 400), "maxDays");
        methodProblem(path, with(method("Threshold", "FLAT", List.of(band(0, "1.00"))), "freeFrom", -5), "freeFrom");
        assertThat(zones.get(zoneId).methods()).isEmpty();

        post(path, method("Twice", "FLAT", List.of(band(0, "1.00")))).expectStatus().isCreated();
        expectProblem(post(path, method("Twice", "FLAT", List.of(band(0, "2.00")))), 409);
        expectProblem(post("/zones/" + Long.MAX_VALUE + "/methods", method("Lost", "FLAT", List.of(band(0, "1.00")))), 404);
    }

    @Test
    void createsAZoneOnceWhenTheSameRequestArrivesTwiceAtOnce() throws Exception {
        String name = unique("test-zone");
        Map<String, Object> zone = Map.of("name", name, "countries", List.of(Map.of("country", "AQ", "region", newRegion())));

        List<Integer> statuses = Concurrently.statuses(2, i -> post("/zones", zone));

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        zones.list().stream().filter(z -> z.name().equals(name)).forEach(z -> madeZone(z.id()));
        assertThat(zones.list()).filteredOn(z -> z.name().equals(name)).hasSize(1);
    }

    @Test
    void replacesAZonesEntriesAndKeepsItsMethods() {
        ShippingZone zone = zone("AQ-" + newRegion());
        String before = zone.countries().get(0).region();
        zones.addMethod(zone.id(), flat("Courier", "3.00", null, 1, 1));
        assertThat(offered(query("AQ", before, "10.00", 0))).containsExactly("Courier");
        String after = newRegion();

        api.put().uri("/api/v1/admin/shipping/zones/{id}", zone.id()).header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("name", zone.name(), "countries", List.of(Map.of("country", "AQ", "region", after))))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.countries[0].region").isEqualTo(after).jsonPath("$.methods[0].name").isEqualTo("Courier");

        assertThat(offered(query("AQ", after, "10.00", 0))).containsExactly("Courier");
        assertThat(offered(query("AQ", before, "10.00", 0))).containsExactly("Standard", "Express");
        expectProblem(api.put().uri("/api/v1/admin/shipping/zones/{id}", Long.MAX_VALUE).header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("name", unique("test-zone"), "countries", List.of(Map.of("country", "AQ", "region", newRegion()))))
                .exchange(), 404);
    }

    @Test
    void addsAMethodOnceWhenTheSameRequestArrivesTwiceAtOnce() throws Exception {
        long zoneId = zone("AQ-" + newRegion()).id();

        List<Integer> statuses = Concurrently.statuses(2, i -> post("/zones/" + zoneId + "/methods",
                method("Twin", "FLAT", List.of(band(0, "1.00")))));

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(zones.get(zoneId).methods()).singleElement().satisfies(m -> assertThat(m.name()).isEqualTo("Twin"));
    }

    @Test
    void isForAdminsOnly() {
        Customer customer = newCustomer();
        expectProblem(api.get().uri("/api/v1/admin/shipping/zones").exchange(), 401);
        expectProblem(api.get().uri("/api/v1/admin/shipping/zones").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange(), 403);
    }

    private RestTestClient.ResponseSpec post(String path, Object body) {
        return api.post().uri("/api/v1/admin/shipping" + path).header(HttpHeaders.AUTHORIZATION, admin).body(body).exchange();
    }

    private void zoneProblem(Map<String, Object> zone, String field) {
        expectProblem(post("/zones", zone), 400).jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private void methodProblem(String path, Map<String, Object> method, String field) {
        expectProblem(post(path, method), 400).jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private static Map<String, Object> method(String name, String kind, List<Map<String, Object>> bands) {
        Map<String, Object> method = new HashMap<>(Map.of("name", name, "rateKind", kind, "bands", bands,
                "minDays", 1, "maxDays", 3));
        return method;
    }

    private static Map<String, Object> with(Map<String, Object> method, String field, Object value) {
        method.put(field, value);
        return method;
    }

    private static Map<String, Object> band(long from, String price) {
        return Map.of("from", from, "price", new BigDecimal(price));
    }
}
