package io.aisle.admin.shipping;

import io.aisle.shipping.ShippingZone;
import io.aisle.shipping.ZoneCountry;
import io.aisle.shipping.ZoneForm;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The zone form of the admin page: countries as one line of codes, {@code US} for a whole country and
 * {@code US-CA} for one region, separated by commas or spaces. The shipping module checks the rest.
 */
record ZonePageForm(String name, String countries, Boolean restOfWorld) {

    static final ZonePageForm EMPTY = new ZonePageForm(null, null, false);

    static ZonePageForm of(ShippingZone zone) {
        return new ZonePageForm(zone.name(), zone.countries().stream()
                .map(entry -> entry.region() == null ? entry.country() : entry.country() + "-" + entry.region())
                .collect(Collectors.joining(", ")), zone.restOfWorld());
    }

    ZoneForm toZoneForm() {
        List<ZoneCountry> entries = countries == null || countries.isBlank() ? List.of()
                : Arrays.stream(countries.strip().split("[,;\\s]+")).map(ZonePageForm::entry).toList();
        return new ZoneForm(name, Boolean.TRUE.equals(restOfWorld), entries);
    }

    private static ZoneCountry entry(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? new ZoneCountry(code, null) : new ZoneCountry(code.substring(0, dash), code.substring(dash + 1));
    }
}
