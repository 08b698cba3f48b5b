package io.aisle.shipping;

import io.aisle.shipping.data.CountryRow;
import io.aisle.shipping.data.ShippingMethodRepository;
import io.aisle.shipping.data.ShippingZoneRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's shipping configuration: zones and their methods. Reads go to the database (the admin sees
 * what is stored); every change drops the checkout's cached configuration on this instance once it
 * commits. Clashes are refused with {@link ShippingConflictException}, checked first for a clear message
 * and backed by unique keys for changes racing each other.
 */
@Service
public class ShippingZoneService {

    private final ShippingZoneRepository zones;
    private final ShippingMethodRepository methods;
    private final ShippingSetupCache cache;

    ShippingZoneService(ShippingZoneRepository zones, ShippingMethodRepository methods, ShippingSetupCache cache) {
        this.zones = zones;
        this.methods = methods;
        this.cache = cache;
    }

    /** Every zone with its entries and methods: zones by name, the rest-of-world zone last. */
    @Transactional(readOnly = true)
    public List<ShippingZone> list() {
        return stored().zones();
    }

    @Transactional(readOnly = true)
    public ShippingZone get(long id) {
        return stored().zones().stream().filter(zone -> zone.id() == id).findFirst()
                .orElseThrow(() -> new ShippingZoneNotFoundException(id));
    }

    @Transactional
    public ShippingZone create(ZoneForm form) {
        ZoneForm zone = form.checked();
        refuseClashes(0, zone);
        long id = zones.insert(zone.name(), zone.restOfWorld());
        zone.countries().forEach(entry -> zones.insertCountry(id, entry.country(), entry.region()));
        cache.dropAfterCommit();
        return get(id);
    }

    /** Replaces the zone's name and entries; its methods stay. */
    @Transactional
    public ShippingZone update(long id, ZoneForm form) {
        ZoneForm zone = form.checked();
        zones.findById(id).orElseThrow(() -> new ShippingZoneNotFoundException(id));
        refuseClashes(id, zone);
        zones.update(id, zone.name(), zone.restOfWorld());
        zones.deleteCountries(id);
        zone.countries().forEach(entry -> zones.insertCountry(id, entry.country(), entry.region()));
        cache.dropAfterCommit();
        return get(id);
    }

    /** Deletes the zone and its methods; addresses it covered fall to a less specific zone. */
    @Transactional
    public void delete(long id) {
        if (zones.delete(id) == 0) {
            throw new ShippingZoneNotFoundException(id);
        }
        cache.dropAfterCommit();
    }

    @Transactional(readOnly = true)
    public ShippingMethod method(long id) {
        return stored().method(id).orElseThrow(() -> new ShippingMethodNotFoundException(id));
    }

    @Transactional
    public ShippingMethod addMethod(long zoneId, MethodForm form) {
        MethodForm method = form.checked();
        zones.findById(zoneId).orElseThrow(() -> new ShippingZoneNotFoundException(zoneId));
        refuseNameInUse(zoneId, method.name(), 0);
        long id = methods.insert(zoneId, fields(method));
        method.bands().forEach(band -> methods.insertBand(id, band));
        cache.dropAfterCommit();
        return method(id);
    }

    @Transactional
    public ShippingMethod updateMethod(long id, MethodForm form) {
        MethodForm method = form.checked();
        ShippingMethod current = methods.findById(id).orElseThrow(() -> new ShippingMethodNotFoundException(id));
        refuseNameInUse(current.zoneId(), method.name(), id);
        methods.update(id, fields(method));
        methods.deleteBands(id);
        method.bands().forEach(band -> methods.insertBand(id, band));
        cache.dropAfterCommit();
        return method(id);
    }

    /** Pauses ({@code false}) or activates a method: a paused one is offered to nobody. */
    @Transactional
    public ShippingMethod setActive(long id, boolean active) {
        if (methods.updateActive(id, active) == 0) {
            throw new ShippingMethodNotFoundException(id);
        }
        cache.dropAfterCommit();
        return method(id);
    }

    @Transactional
    public void deleteMethod(long id) {
        if (methods.delete(id) == 0) {
            throw new ShippingMethodNotFoundException(id);
        }
        cache.dropAfterCommit();
    }

    private ShippingSetup stored() {
        return cache.load();
    }

    private void refuseClashes(long id, ZoneForm zone) {
        zones.findOtherNamed(zone.name(), id).ifPresent(name -> {
            throw new ShippingConflictException("There is already a zone called " + name + ".");
        });
        if (zone.restOfWorld()) {
            zones.findOtherRestOfWorld(id).ifPresent(name -> {
                throw new ShippingConflictException(name + " is already the rest-of-world zone; there can be only one.");
            });
            return;
        }
        List<String> countries = zone.countries().stream().map(ZoneCountry::country).distinct().toList();
        for (CountryRow taken : zones.findCountriesOfOtherZones(countries, id)) {
            ZoneCountry entry = new ZoneCountry(taken.country(), taken.region());
            if (zone.countries().contains(entry)) {
                throw new ShippingConflictException(Text.entry(entry) + " is already in the zone " + taken.zoneName()
                        + "; an address belongs to one zone.");
            }
        }
    }

    private void refuseNameInUse(long zoneId, String name, long methodId) {
        if (methods.existsOtherNamed(zoneId, name, methodId)) {
            throw new ShippingConflictException("The zone already has a method called " + name + ".");
        }
    }

    private static ShippingMethodRepository.Fields fields(MethodForm method) {
        return new ShippingMethodRepository.Fields(method.name(), method.carrier(), method.pickup(), method.active(),
                method.sortOrder(), method.kind(), method.freeFrom(), method.minDays(), method.maxDays());
    }
}
