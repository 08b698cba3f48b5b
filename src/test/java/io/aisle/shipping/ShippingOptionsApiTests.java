package io.aisle.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/v1/shipping/options: open to everyone, every bad parameter a 400 problem naming it. */
class ShippingOptionsApiTests extends ShippingApiTest {

    @Autowired
    private Clock clock;

    @Test
    void listsTheMethodsForAnAddressWithPricesAndDatesWithoutSigningIn() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        api.get().uri("/api/v1/shipping/options?country=us&region=ny&subtotal=8.00&weightGrams=1200").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].name").isEqualTo("Standard")
                .jsonPath("$[0].price").isEqualTo(9.99)
                .jsonPath("$[0].minDays").isEqualTo(5)
                .jsonPath("$[0].earliest").isEqualTo(today.plusDays(5).toString())
                .jsonPath("$[0].pickup").isEqualTo(false)
                .jsonPath("$[1].name").isEqualTo("Express")
                .jsonPath("$[2].name").isEqualTo("Store pick-up")
                .jsonPath("$[2].pickup").isEqualTo(true);
        api.get().uri("/api/v1/shipping/options?country=FR&subtotal=50.00").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].name").isEqualTo("Standard")
                .jsonPath("$[0].price").isEqualTo(0.0);
    }

    @Test
    void answersAnEmptyListWhereTheRateDoesNotApply() {
        ShippingZone zone = zone("AQ-" + newRegion());
        zones.addMethod(zone.id(), banded("Freight", RateKind.BY_WEIGHT, null, band("20000", "40.00")));

        api.get().uri("/api/v1/shipping/options?country=AQ&region={r}&subtotal=10&weightGrams=100",
                zone.countries().get(0).region()).exchange()
                .expectStatus().isOk()
                .expectBody().json("[]");
    }

    @Test
    void refusesEveryBadParameterWith400NamingIt() {
        problemFor("country=XX&subtotal=1", "country");
        problemFor("country=&subtotal=1", "country");
        problemFor("country=US&region=new%20york&subtotal=1", "region");
        problemFor("country=US&subtotal=-0.01", "subtotal");
        problemFor("country=US&subtotal=1.001", "subtotal");
        problemFor("country=US&subtotal=cheap", "subtotal");
        problemFor("country=US&subtotal=1&weightGrams=-1", "weightGrams");
        problemFor("country=US&subtotal=1&weightGrams=1.5", "weightGrams");
        expectProblem(api.get().uri("/api/v1/shipping/options?country=US").exchange(), 400);
    }

    private void problemFor(String parameters, String field) {
        expectProblem(api.get().uri("/api/v1/shipping/options?" + parameters).exchange(), 400)
                .jsonPath("$.errors[0].field").value(String.class, name -> assertThat(name).isEqualTo(field));
    }
}
