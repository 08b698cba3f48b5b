package io.aisle.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.shipping.ShippingMethodUnavailableException.Reason;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Zone matching and rates, through the service, on the real database. */
class ShippingOptionsTests extends ShippingApiTest {

    @Autowired
    private Clock clock;

    @Test
    void theSeededStandardMethodIsTodaysRuleForTheUnitedStatesAndEveryOtherCountry() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (String[] address : new String[][] {{"US", null}, {"US", "NY"}, {"FR", null}, {"JP", "13"}}) {
            ShippingOption cheap = shipping.optionsFor(query(address[0], address[1], "8.00", 0)).get(0);
            assertThat(cheap.name()).isEqualTo("Standard");
            assertThat(cheap.price()).isEqualByComparingTo("9.99");
            assertThat(cheap.price().scale()).isEqualTo(2);
            assertThat(cheap.minDays()).isEqualTo(5);
            assertThat(cheap.maxDays()).isEqualTo(5);
            assertThat(cheap.earliest()).isEqualTo(today.plusDays(5));
            assertThat(cheap.latest()).isEqualTo(today.plusDays(5));
            assertThat(price(query(address[0], address[1], "49.99", 2500), "Standard")).isEqualByComparingTo("9.99");
            assertThat(price(query(address[0], address[1], "50.00", 0), "Standard")).isEqualByComparingTo("0.00");
            assertThat(shipping.optionsFor(query(address[0], address[1], "50.00", 0)).get(0).name()).isEqualTo("Standard");
        }
    }

    @Test
    void offersDeliveriesCheapestFirstThenPickUpsWithCalendarDayEstimates() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        assertThat(offered(query("US", "CA", "20.00", 0))).containsExactly("Standard", "Express", "Store pick-up");
        assertThat(offered(query("DE", null, "20.00", 0))).containsExactly("Standard", "Express");

        ShippingOption express = shipping.optionsFor(query("US", null, "120.00", 0)).get(1);
        assertThat(express.price()).isEqualByComparingTo("14.99");
        assertThat(express.earliest()).isEqualTo(today.plusDays(1));
        assertThat(express.latest()).isEqualTo(today.plusDays(2));
        ShippingOption pickup = shipping.optionsFor(query("US", null, "20.00", 0)).get(2);
        assertThat(pickup.pickup()).isTrue();
        assertThat(pickup.price()).isEqualByComparingTo("0.00");
        assertThat(pickup.latest()).isEqualTo(today.plusDays(1));
    }

    @Test
    void aRegionEntryWinsOverItsCountryAndTheCountryOverTheRestOfTheWorld() {
        String region = newRegion();
        ShippingZone country = zone("AQ");
        zones.addMethod(country.id(), flat("Country post", "3.00", null, 3, 6));
        ShippingZone local = zone("AQ-" + region);
        zones.addMethod(local.id(), flat("Courier", "2.00", null, 1, 1));

        assertThat(offered(query("AQ", region, "10.00", 0))).containsExactly("Courier");
        assertThat(offered(query("aq", " " + region.toLowerCase() + " ", "10.00", 0))).containsExactly("Courier");
        assertThat(offered(query("AQ", newRegion(), "10.00", 0))).containsExactly("Country post");
        assertThat(offered(query("AQ", null, "10.00", 0))).containsExactly("Country post");
        assertThat(offered(query("FR", region, "10.00", 0))).containsExactly("Standard", "Express");
    }

    @Test
    void aZoneOfOneRegionLeavesTheRestOfItsCountryToTheRestOfTheWorld() {
        String region = newRegion();
        ShippingZone local = zone("GS-" + region);
        zones.addMethod(local.id(), flat("Bike courier", "4.00", null, 0, 1));

        assertThat(offered(query("GS", region, "10.00", 0))).containsExactly("Bike courier");
        assertThat(offered(query("GS", null, "10.00", 0))).containsExactly("Standard", "Express");
        assertThat(offered(query("GS", "QC", "10.00", 0))).containsExactly("Standard", "Express");
    }

    @Test
    void aFlatRateCostsItsPriceUntilTheFreeFromThreshold() {
        ShippingZone zone = zone("AQ-" + newRegion());
        String region = zone.countries().get(0).region();
        zones.addMethod(zone.id(), flat("Flat", "6.50", "30.00", 2, 3));

        assertThat(price(query("AQ", region, "0.00", 90_000), "Flat")).isEqualByComparingTo("6.50");
        assertThat(price(query("AQ", region, "29.99", 0), "Flat")).isEqualByComparingTo("6.50");
        assertThat(price(query("AQ", region, "30.00", 0), "Flat")).isEqualByComparingTo("0.00");
    }

    @Test
    void aSubtotalRateTakesTheLastBandTheSubtotalReaches() {
        ShippingZone zone = zone("AQ-" + newRegion());
        String region = zone.countries().get(0).region();
        zones.addMethod(zone.id(), banded("By subtotal", RateKind.BY_SUBTOTAL, "200.00",
                band("0", "7.00"), band("25.00", "5.00"), band("100", "2.50")));

        assertThat(price(query("AQ", region, "0.00", 0), "By subtotal")).isEqualByComparingTo("7.00");
        assertThat(price(query("AQ", region, "24.99", 0), "By subtotal")).isEqualByComparingTo("7.00");
        assertThat(price(query("AQ", region, "25.00", 0), "By subtotal")).isEqualByComparingTo("5.00");
        assertThat(price(query("AQ", region, "199.99", 0), "By subtotal")).isEqualByComparingTo("2.50");
        assertThat(price(query("AQ", region, "200.00", 0), "By subtotal")).isEqualByComparingTo("0.00");
    }

    @Test
    void aWeightRateTakesTheLastBandTheWeightReachesAndIsNotOfferedBelowTheFirst() {
        ShippingZone zone = zone("AQ-" + newRegion());
        String region = zone.countries().get(0).region();
        ShippingMethod heavy = zones.addMethod(zone.id(), banded("By weight", RateKind.BY_WEIGHT, "80.00",
                band("500", "4.00"), band("2000", "9.00")));

        assertThat(offered(query("AQ", region, "10.00", 499))).isEmpty();
        assertThatThrownBy(() -> shipping.option(heavy.id(), query("AQ", region, "10.00", 499)))
                .isInstanceOfSatisfying(ShippingMethodUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_RATE);
                    assertThat(e.detail()).contains("499 g");
                });
        assertThat(price(query("AQ", region, "10.00", 500), "By weight")).isEqualByComparingTo("4.00");
        assertThat(price(query("AQ", region, "10.00", 1999), "By weight")).isEqualByComparingTo("4.00");
        assertThat(shipping.option(heavy.id(), query("AQ", region, "10.00", 2000)).price()).isEqualByComparingTo("9.00");
        assertThat(price(query("AQ", region, "80.00", 30_000), "By weight")).isEqualByComparingTo("0.00");
    }

    @Test
    void aPausedMethodIsOfferedToNobodyUntilItIsActivatedAgain() {
        ShippingZone zone = zone("AQ-" + newRegion());
        String region = zone.countries().get(0).region();
        ShippingMethod standard = zones.addMethod(zone.id(), flat("Regular", "5.00", null, 3, 5));
        zones.addMethod(zone.id(), flat("Fast", "9.00", null, 1, 2));
        assertThat(offered(query("AQ", region, "10.00", 0))).containsExactly("Regular", "Fast");

        zones.setActive(standard.id(), false);
        assertThat(offered(query("AQ", region, "10.00", 0))).containsExactly("Fast");
        assertThatThrownBy(() -> shipping.option(standard.id(), query("AQ", region, "10.00", 0)))
                .isInstanceOfSatisfying(ShippingMethodUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INACTIVE));

        zones.setActive(standard.id(), true);
        assertThat(offered(query("AQ", region, "10.00", 0))).containsExactly("Regular", "Fast");
    }

    @Test
    void refusesAnUnknownMethodAndOneOfAnotherZoneSayingWhy() {
        long usExpress = zones.list().stream().filter(z -> z.name().equals("United States"))
                .flatMap(z -> z.methods().stream()).filter(m -> m.name().equals("Express")).findFirst().orElseThrow().id();

        assertThat(shipping.option(usExpress, query("US", "TX", "10.00", 0)).price()).isEqualByComparingTo("14.99");
        assertThatThrownBy(() -> shipping.option(usExpress, query("FR", null, "10.00", 0)))
                .isInstanceOfSatisfying(ShippingMethodUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOR_ADDRESS);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).isEqualTo("Express does not ship to FR.");
                });
        assertThatThrownBy(() -> shipping.option(Long.MAX_VALUE, query("US", null, "10.00", 0)))
                .isInstanceOfSatisfying(ShippingMethodUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN));
    }

    @Test
    void shipsToEveryCountryWhileTheRestOfTheWorldHasAnActiveMethod() {
        assertThat(shipping.shipsTo("US")).isTrue();
        assertThat(shipping.shipsTo("fr")).isTrue();
        assertThatThrownBy(() -> shipping.shipsTo("XX")).isInstanceOf(io.aisle.platform.InvalidRequestException.class);
    }
}
