package io.aisle.shipping;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shipping helpers on top of {@link ApiTest} (same Spring context). Tests make their own zones, on regions
 * no one else uses or on countries only these tests use, and delete them afterwards; the seeded zones
 * (United States, rest of world) are never changed, so other tests keep today's shipping rule.
 */
abstract class ShippingApiTest extends ApiTest {

    @Autowired
    protected ShippingService shipping;

    @Autowired
    protected ShippingZoneService zones;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void deleteZonesOfTheTest() {
        made.forEach(id -> zones.list().stream().filter(zone -> zone.id() == id).findAny()
                .ifPresent(zone -> zones.delete(id)));
    }

    /** A region code no other zone uses. */
    protected static String newRegion() {
        return "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase(Locale.ROOT);
    }

    /**
     * A zone of these entries ({@code AQ}, {@code AQ-R1234}), deleted after the test. Whole countries must be
     * ones only shipping tests use; a zone of them left by an interrupted run is deleted first.
     */
    protected ShippingZone zone(String... entries) {
        List<ZoneCountry> countries = Arrays.stream(entries).map(entry -> entry.contains("-")
                ? new ZoneCountry(entry.substring(0, 2), entry.substring(3)) : new ZoneCountry(entry, null)).toList();
        countries.stream().filter(entry -> entry.region() == null).forEach(this::release);
        ShippingZone zone = zones.create(new ZoneForm(unique("test-zone"), false, countries));
        made.add(zone.id());
        return zone;
    }

    /** Remembers a zone made through the API, to delete it after the test. */
    protected void madeZone(long id) {
        made.add(id);
    }

    /** Deletes a test zone that covers this whole country (left behind by an interrupted run). */
    protected void release(ZoneCountry entry) {
        zones.list().stream()
                .filter(zone -> zone.name().startsWith("test-zone") && zone.countries().contains(entry))
                .forEach(zone -> zones.delete(zone.id()));
    }

    protected static MethodForm flat(String name, String price, String freeFrom, int minDays, int maxDays) {
        return new MethodForm(name, null, false, true, 0, "FLAT", List.of(band("0", price)),
                freeFrom == null ? null : new BigDecimal(freeFrom), minDays, maxDays);
    }

    protected static MethodForm banded(String name, RateKind kind, String freeFrom, RateBand... bands) {
        return new MethodForm(name, "Testcarrier", false, true, 0, kind.name(), List.of(bands),
                freeFrom == null ? null : new BigDecimal(freeFrom), 2, 4);
    }

    protected static RateBand band(String from, String price) {
        return new RateBand(new BigDecimal(from), new BigDecimal(price));
    }

    protected static ShippingQuery query(String country, String region, String subtotal, int weightGrams) {
        return new ShippingQuery(country, region, new BigDecimal(subtotal), weightGrams);
    }

    /** The names of the options offered, in order. */
    protected List<String> offered(ShippingQuery query) {
        return shipping.optionsFor(query).stream().map(ShippingOption::name).toList();
    }

    /** The price of the option with this name for the query. */
    protected BigDecimal price(ShippingQuery query, String name) {
        return shipping.optionsFor(query).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not offered for " + query)).price();
    }
}
