package io.aisle.shipping;

import io.aisle.platform.Money;
import io.aisle.shipping.ShippingMethodUnavailableException.Reason;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The shipping methods an order can use, priced. The zone of an address is the most specific one that
 * covers it: an entry naming its country and region, else one naming the whole country, else the
 * rest-of-world zone; only that zone's methods apply (a less specific zone never fills in). A method's
 * price is 0.00 from its free-from subtotal on, else the price of the last rate band whose start the
 * subtotal (BY_SUBTOTAL) or weight (BY_WEIGHT) reaches; below the first band the method does not apply.
 * Delivery estimates count calendar days (weekends and holidays included) from today in UTC, by the
 * injected clock. Reads the configuration through a short cache ({@link ShippingProperties#cacheTtl()}).
 */
@Service
public class ShippingService {

    /** Deliveries before pick-ups, then cheapest first, then the admin's order. */
    private static final Comparator<ShippingOption> OFFER_ORDER = Comparator.comparing(ShippingOption::pickup)
            .thenComparing(ShippingOption::price);

    private final ShippingSetupCache setups;
    private final Clock clock;

    ShippingService(ShippingSetupCache setups, Clock clock) {
        this.setups = setups;
        this.clock = clock;
    }

    /**
     * The active methods of the zone covering the address whose rate applies to this subtotal and weight:
     * deliveries first, cheapest first (the first one is the shop's default), pick-ups after them; empty
     * when no zone covers the address.
     */
    public List<ShippingOption> optionsFor(ShippingQuery query) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return setups.current().zoneFor(query.country(), query.region()).stream()
                .flatMap(zone -> zone.methods().stream())
                .filter(ShippingMethod::active)
                .flatMap(method -> offer(method, query, today).stream())
                .sorted(OFFER_ORDER)
                .toList();
    }

    /**
     * The method {@code methodId} priced for this query.
     *
     * @throws ShippingMethodUnavailableException when there is no such method, its zone is not the one
     *         covering the address, it is paused, or the subtotal or weight is below its first rate band
     */
    public ShippingOption option(long methodId, ShippingQuery query) {
        ShippingSetup setup = setups.current();
        ShippingMethod method = setup.method(methodId).orElseThrow(() -> new ShippingMethodUnavailableException(
                Reason.UNKNOWN, "There is no shipping method " + methodId + "."));
        boolean covers = setup.zoneFor(query.country(), query.region()).map(zone -> zone.id() == method.zoneId())
                .orElse(false);
        if (!covers) {
            throw new ShippingMethodUnavailableException(Reason.NOT_FOR_ADDRESS, method.name()
                    + " does not ship to " + destination(query) + ".");
        }
        if (!method.active()) {
            throw new ShippingMethodUnavailableException(Reason.INACTIVE, method.name()
                    + " is paused; please choose another shipping method.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return offer(method, query, today).orElseThrow(() -> new ShippingMethodUnavailableException(Reason.NO_RATE,
                method.name() + " has no rate for " + (method.rateKind() == RateKind.BY_WEIGHT
                        ? "a weight of " + query.weightGrams() + " g" : "a subtotal of " + query.subtotal()) + "."));
    }

    /**
     * Whether the shop ships to some address in this country: a zone covering it (naming it, one of its
     * regions, or the rest of the world) has an active method. Whether a given address and order can be
     * shipped is {@link #optionsFor}'s answer.
     */
    public boolean shipsTo(String country) {
        String code = Countries.checked("country", country);
        return setups.current().zonesIn(code).stream()
                .anyMatch(zone -> zone.methods().stream().anyMatch(ShippingMethod::active));
    }

    private static Optional<ShippingOption> offer(ShippingMethod method, ShippingQuery query, LocalDate today) {
        return method.priceMinor(Money.toMinor(query.subtotal()), query.weightGrams())
                .map(price -> new ShippingOption(method.id(), method.name(), method.carrier(), method.pickup(),
                        Money.fromMinor(price), method.minDays(), method.maxDays(), today.plusDays(method.minDays()),
                        today.plusDays(method.maxDays())));
    }

    private static String destination(ShippingQuery query) {
        return query.region() == null ? query.country() : query.country() + "-" + query.region();
    }
}
