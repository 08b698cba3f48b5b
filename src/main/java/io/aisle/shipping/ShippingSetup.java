package io.aisle.shipping;

import io.aisle.shipping.data.BandRow;
import io.aisle.shipping.data.CountryRow;
import io.aisle.shipping.data.ZoneRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole shipping configuration as read at one moment, indexed for matching: zones with their entries
 * and methods, entries by country and region. Immutable, so one instance serves every request until the
 * cache drops it.
 */
final class ShippingSetup {

    private final List<ShippingZone> zones;
    private final Map<String, ShippingZone> byEntry = new HashMap<>();
    private final Map<Long, ShippingMethod> methods = new HashMap<>();
    private final ShippingZone restOfWorld;

    ShippingSetup(List<ZoneRow> zoneRows, List<CountryRow> countryRows, List<ShippingMethod> methodRows,
            List<BandRow> bandRows) {
        Map<Long, List<RateBand>> bands = bandRows.stream().collect(Collectors.groupingBy(BandRow::methodId,
                Collectors.mapping(BandRow::band, Collectors.toList())));
        Map<Long, List<ShippingMethod>> methodsByZone = new HashMap<>();
        for (ShippingMethod row : methodRows) {
            ShippingMethod method = new ShippingMethod(row.id(), row.zoneId(), row.name(), row.carrier(), row.pickup(),
                    row.active(), row.sortOrder(), row.rateKind(), bands.getOrDefault(row.id(), List.of()),
                    row.freeFrom(), row.minDays(), row.maxDays());
            methods.put(method.id(), method);
            methodsByZone.computeIfAbsent(method.zoneId(), id -> new ArrayList<>()).add(method);
        }
        Map<Long, List<ZoneCountry>> countries = countryRows.stream().collect(Collectors.groupingBy(CountryRow::zoneId,
                Collectors.mapping(c -> new ZoneCountry(c.country(), c.region()), Collectors.toList())));
        List<ShippingZone> all = new ArrayList<>();
        ShippingZone world = null;
        for (ZoneRow row : zoneRows) {
            ShippingZone zone = new ShippingZone(row.id(), row.name(), row.restOfWorld(),
                    countries.getOrDefault(row.id(), List.of()), methodsByZone.getOrDefault(row.id(), List.of()));
            all.add(zone);
            zone.countries().forEach(entry -> byEntry.put(key(entry.country(), entry.region()), zone));
            world = row.restOfWorld() ? zone : world;
        }
        this.zones = List.copyOf(all);
        this.restOfWorld = world;
    }

    List<ShippingZone> zones() {
        return zones;
    }

    Optional<ShippingMethod> method(long id) {
        return Optional.ofNullable(methods.get(id));
    }

    /**
     * The zone that covers this address: the one naming the country with this region, else the one naming
     * the whole country, else the rest-of-world zone; empty when there is none.
     */
    Optional<ShippingZone> zoneFor(String country, String region) {
        ShippingZone zone = region == null ? null : byEntry.get(key(country, region));
        if (zone == null) {
            zone = byEntry.get(key(country, null));
        }
        return Optional.ofNullable(zone != null ? zone : restOfWorld);
    }

    /** The zones that cover some address in this country: those naming it (whole or a region), and the rest of the world. */
    List<ShippingZone> zonesIn(String country) {
        return zones.stream().filter(zone -> zone.restOfWorld()
                || zone.countries().stream().anyMatch(entry -> entry.country().equals(country))).toList();
    }

    private static String key(String country, String region) {
        return region == null ? country : country + "-" + region;
    }
}
