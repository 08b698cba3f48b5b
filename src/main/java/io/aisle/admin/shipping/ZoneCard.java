package io.aisle.admin.shipping;

import io.aisle.shipping.RateBand;
import io.aisle.shipping.RateKind;
import io.aisle.shipping.ShippingMethod;
import io.aisle.shipping.ShippingZone;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A zone as the shipping page shows it: what it covers in words, and its methods with their rates in words. */
record ZoneCard(ShippingZone zone, String coverage, List<MethodLine> methods) {

    /** A method's row: its rate ("$9.99", "from 0 g $5.00 · from 1000 g $8.00") and delivery days ("1–2 days"). */
    record MethodLine(ShippingMethod method, String rate, String days) {
    }

    static ZoneCard of(ShippingZone zone) {
        String coverage = zone.restOfWorld() ? "Every address no other zone covers"
                : zone.countries().stream()
                        .map(entry -> entry.region() == null ? entry.country() : entry.country() + "-" + entry.region())
                        .collect(Collectors.joining(", "));
        return new ZoneCard(zone, coverage, zone.methods().stream()
                .map(method -> new MethodLine(method, rate(method), days(method))).toList());
    }

    private static String rate(ShippingMethod method) {
        if (method.rateKind() == RateKind.FLAT) {
            return money(method.bands().get(0).price());
        }
        String unit = method.rateKind() == RateKind.BY_WEIGHT ? " g" : "";
        return method.bands().stream()
                .map(band -> "from " + from(method.rateKind(), band) + unit + " " + money(band.price()))
                .collect(Collectors.joining(" · "));
    }

    private static String from(RateKind kind, RateBand band) {
        return kind == RateKind.BY_WEIGHT ? band.from().stripTrailingZeros().toPlainString() : money(band.from());
    }

    private static String days(ShippingMethod method) {
        String span = method.minDays() == method.maxDays() ? Integer.toString(method.maxDays())
                : method.minDays() + "–" + method.maxDays();
        return span + (method.maxDays() == 1 ? " day" : " days");
    }

    private static String money(BigDecimal amount) {
        return "$" + amount.setScale(2).toPlainString();
    }
}
