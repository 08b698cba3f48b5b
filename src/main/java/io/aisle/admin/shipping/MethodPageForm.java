package io.aisle.admin.shipping;

import io.aisle.platform.InvalidRequestException;
import io.aisle.shipping.MethodForm;
import io.aisle.shipping.RateBand;
import io.aisle.shipping.RateKind;
import io.aisle.shipping.ShippingMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The method form of the admin page. {@code rates} holds the bands, one a line: {@code from price}
 * ({@code 1000 8.50}: from 1000 g or from a 1000.00 subtotal, 8.50), or only a price for a flat rate.
 */
record MethodPageForm(String name, String carrier, Boolean pickup, Boolean active, Integer sortOrder, String rateKind,
        String rates, BigDecimal freeFrom, Integer minDays, Integer maxDays) {

    static final MethodPageForm EMPTY = new MethodPageForm(null, null, false, true, 0, "FLAT", null, null, null, null);

    static MethodPageForm of(ShippingMethod method) {
        String rates = method.rateKind() == RateKind.FLAT ? method.bands().get(0).price().toPlainString()
                : method.bands().stream().map(band -> plain(band.from()) + " " + band.price().toPlainString())
                        .collect(Collectors.joining("\n"));
        return new MethodPageForm(method.name(), method.carrier(), method.pickup(), method.active(), method.sortOrder(),
                method.rateKind().name(), rates, method.freeFrom(), method.minDays(), method.maxDays());
    }

    MethodForm toMethodForm() {
        return new MethodForm(name, carrier, Boolean.TRUE.equals(pickup), Boolean.TRUE.equals(active), sortOrder,
                rateKind, bands(), freeFrom, minDays, maxDays);
    }

    private List<RateBand> bands() {
        List<RateBand> bands = new ArrayList<>();
        String[] lines = rates == null ? new String[0] : rates.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String[] parts = lines[i].strip().split("[\\s:→=]+");
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                if (parts.length > 2) {
                    throw new NumberFormatException();
                }
                bands.add(parts.length == 1 ? new RateBand(BigDecimal.ZERO, new BigDecimal(parts[0]))
                        : new RateBand(new BigDecimal(parts[0]), new BigDecimal(parts[parts.length - 1])));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("rates", "line " + (i + 1) + " must be 'from price', like 1000 8.50, "
                        + "or a price alone for a flat rate");
            }
        }
        return bands;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
