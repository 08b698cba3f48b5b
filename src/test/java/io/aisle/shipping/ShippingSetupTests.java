package io.aisle.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.shipping.data.CountryRow;
import io.aisle.shipping.data.ZoneRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching on a configuration without a rest-of-world zone, which the shared test database always has. */
class ShippingSetupTests {

    private final ShippingSetup setup = new ShippingSetup(
            List.of(new ZoneRow(1, "Germany", false), new ZoneRow(2, "California", false)),
            List.of(new CountryRow(1, "Germany", "DE", null), new CountryRow(2, "California", "US", "CA")),
            List.of(), List.of());

    @Test
    void anAddressNoZoneCoversHasNoZoneWithoutARestOfTheWorld() {
        assertThat(setup.zoneFor("FR", null)).isEmpty();
        assertThat(setup.zoneFor("US", "NY")).isEmpty();
        assertThat(setup.zoneFor("US", null)).isEmpty();
        assertThat(setup.zoneFor("US", "CA")).map(ShippingZone::name).contains("California");
        assertThat(setup.zoneFor("DE", "BY")).map(ShippingZone::name).contains("Germany");
    }

    @Test
    void aCountryIsShippedToWhenAZoneNamesItOrOneOfItsRegions() {
        assertThat(setup.zonesIn("US")).extracting(ShippingZone::name).containsExactly("California");
        assertThat(setup.zonesIn("DE")).extracting(ShippingZone::name).containsExactly("Germany");
        assertThat(setup.zonesIn("FR")).isEmpty();
    }
}
