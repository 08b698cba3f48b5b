package io.aisle.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class TaxRateAdminApiTests extends TaxApiTest {

    @Test
    void createsARateThatCheckoutUsesAtOnce() {
        String region = region();
        assertThat(taxes.rulesFor(COUNTRY, region).byClass()).isEmpty(); // now cached without the rate

        String location = postRate(rateForm("country", "aq", "region", " " + region.toLowerCase() + " ",
                "taxClass", "Reduced", "name", " Sales tax ", "rate", new BigDecimal("0.0825")))
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/admin/taxes/rates/\\d+")
                .expectBody()
                .jsonPath("$.country").isEqualTo(COUNTRY)
                .jsonPath("$.region").isEqualTo(region)
                .jsonPath("$.taxClass").isEqualTo("reduced")
                .jsonPath("$.name").isEqualTo("Sales tax")
                .jsonPath("$.rate").isEqualTo(0.0825)
                .returnResult().getResponseHeaders().getLocation().toString();

        api.get().uri(location).header(HttpHeaders.AUTHORIZATION, admin()).exchange().expectStatus().isOk();
        assertThat(taxes.rulesFor(COUNTRY, region).rate("reduced"))
                .contains(new TaxRate("reduced", "Sales tax", new BigDecimal("0.0825")));
    }

    @Test
    void aRegionsRateReplacesTheCountrysRateForThatClass() {
        String region = region();
        createRate(rateForm("region", "", "name", "Country tax", "rate", new BigDecimal("0.05")));
        createRate(rateForm("region", "", "taxClass", "reduced", "name", "Country tax", "rate", new BigDecimal("0.02")));
        createRate(rateForm("region", region, "name", "Region tax", "rate", new BigDecimal("0.13")));

        TaxRules inRegion = taxes.rulesFor(COUNTRY, region);
        assertThat(inRegion.rate("standard")).map(TaxRate::name).contains("Region tax");
        assertThat(inRegion.rate("reduced")).map(TaxRate::name).contains("Country tax");
        assertThat(taxes.rulesFor(COUNTRY, region()).rate("standard")).map(TaxRate::name).contains("Country tax");
        assertThat(taxes.rulesFor(COUNTRY, null).rate("zero")).isEmpty();
    }

    @Test
    void answers409ForASecondRateOfTheSamePlaceAndClassWhateverTheCase() {
        Map<String, Object> form = rateForm();
        createRate(form);

        expectProblem(postRate(rateForm("region", form.get("region").toString().toLowerCase(), "name", "Other")), 409);
        expectProblem(postRate(rateForm("region", form.get("region"), "taxClass", "STANDARD")), 409);
        createRate(rateForm("region", form.get("region"), "taxClass", "zero", "rate", BigDecimal.ZERO));
    }

    @Test
    void answers409ForASecondCountryWideRateOfTheSameClass() {
        createRate(rateForm("region", null));
        expectProblem(postRate(rateForm("region", "")), 409);
    }

    @Test
    void addsExactlyOneRateWhenTheSameRequestArrivesManyTimesAtOnce() throws Exception {
        Map<String, Object> form = rateForm();
        admin();

        List<Integer> statuses = Concurrently.statuses(8, i -> postRate(form));

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(taxes.rates()).filteredOn(r -> r.country().equals(COUNTRY) && form.get("region").equals(r.region()))
                .hasSize(1);
    }

    @Test
    void refusesBadRatesNamingTheField() {
        expectProblem(postRate(rateForm("country", "XX")), 400).jsonPath("$.errors[0].field").isEqualTo("country");
        expectProblem(postRate(rateForm("country", "USA")), 400).jsonPath("$.errors[0].field").isEqualTo("country");
        expectProblem(postRate(rateForm("rate", new BigDecimal("1.5"))), 400).jsonPath("$.errors[0].field").isEqualTo("rate");
        expectProblem(postRate(rateForm("rate", new BigDecimal("-0.01"))), 400).jsonPath("$.errors[0].field").isEqualTo("rate");
        expectProblem(postRate(rateForm("rate", new BigDecimal("0.12345"))), 400).jsonPath("$.errors[0].field").isEqualTo("rate");
        expectProblem(postRate(rateForm("taxClass", "luxury")), 400).jsonPath("$.errors[0].field").isEqualTo("taxClass");
        expectProblem(postRate(rateForm("region", "CA-ON")), 400).jsonPath("$.errors[0].field").isEqualTo("region");
        expectProblem(postRate(rateForm("name", " ")), 400).jsonPath("$.errors[0].field").isEqualTo("name");
        expectProblem(postRate(Map.of()), 400).jsonPath("$.errors[?(@.field == 'rate')]").exists();
        assertThat(taxes.rates()).noneMatch(r -> r.country().equals(COUNTRY));
    }

    @Test
    void replacesARateAndRefusesToMoveItOntoAnother() {
        Map<String, Object> first = rateForm();
        createRate(first);
        long second = createRate(rateForm());

        putRate(second, rateForm("region", "Q1", "name", "Changed", "rate", new BigDecimal("0.1"))).expectStatus().isOk()
                .expectBody().jsonPath("$.region").isEqualTo("Q1").jsonPath("$.name").isEqualTo("Changed");
        assertThat(taxes.rulesFor(COUNTRY, "Q1").rate("standard")).map(TaxRate::rate).contains(new BigDecimal("0.1000"));

        expectProblem(putRate(second, rateForm("region", first.get("region"))), 409);
        expectProblem(putRate(Long.MAX_VALUE, rateForm()), 404);
    }

    @Test
    void deletesARateOnceAndCheckoutStopsUsingItAtOnce() {
        String region = region();
        long id = createRate(rateForm("region", region));
        assertThat(taxes.rulesFor(COUNTRY, region).byClass()).isNotEmpty();

        api.delete().uri("/api/v1/admin/taxes/rates/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isNoContent();

        assertThat(taxes.rulesFor(COUNTRY, region).byClass()).isEmpty();
        expectProblem(api.delete().uri("/api/v1/admin/taxes/rates/{id}", id).header(HttpHeaders.AUTHORIZATION, admin())
                .exchange(), 404);
        expectProblem(api.get().uri("/api/v1/admin/taxes/rates/{id}", id).header(HttpHeaders.AUTHORIZATION, admin())
                .exchange(), 404);
    }

    @Test
    void isForAdminsOnly() {
        expectProblem(api.get().uri("/api/v1/admin/taxes/rates").exchange(), 401);
        expectProblem(api.post().uri("/api/v1/admin/taxes/rates").header(HttpHeaders.AUTHORIZATION, newCustomer().bearer())
                .body(rateForm()).exchange(), 403);
    }

    @Test
    void theDemoRatesLeaveAPlainUsAddressUntaxed() {
        assertThat(taxes.rulesFor("US", null).byClass()).isEmpty();
        assertThat(taxes.rates()).anyMatch(r -> r.country().equals("US") && "CA".equals(r.region()))
                .noneMatch(r -> r.country().equals("US") && r.region() == null);
    }
}
