package io.aisle.ordering;

import io.aisle.platform.InvalidRequestException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Who takes an order to the customer, and where the customer follows a parcel: each named carrier's public
 * tracking page with the tracking number put in its place ({@code {number}}), URL-encoded. A named carrier
 * needs a tracking number; {@link #PICKUP} (the customer collects it) has none; {@link #OTHER} may have a
 * number and a tracking page the admin gives. The one place to add a carrier.
 */
public enum Carrier {
    UPS("UPS", "https://www.ups.com/track?tracknum={number}"),
    USPS("USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}"),
    FEDEX("FedEx", "https://www.fedex.com/fedextrack/?trknbr={number}"),
    DHL("DHL", "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id={number}"),
    ROYAL_MAIL("Royal Mail", "https://www.royalmail.com/track-your-item#/tracking-results/{number}"),
    DPD("DPD", "https://tracking.dpd.de/status/en_US/parcel/{number}"),
    CANADA_POST("Canada Post", "https://www.canadapost-postescanada.ca/track-reperage/en#/details/{number}"),
    AUSTRALIA_POST("Australia Post", "https://auspost.com.au/mypost/track/details/{number}"),
    POSTNL("PostNL", "https://www.postnl.nl/tracktrace/?B={number}"),
    LA_POSTE("La Poste / Colissimo", "https://www.laposte.fr/outils/suivre-vos-envois?code={number}"),
    PICKUP("Pick-up", null),
    OTHER("Other carrier", null);

    private final String displayName;
    private final String urlPattern;

    Carrier(String displayName, String urlPattern) {
        this.displayName = displayName;
        this.urlPattern = urlPattern;
    }

    public String displayName() {
        return displayName;
    }

    /** A carrier with a tracking page of its own: it needs a tracking number and builds the link. */
    public boolean isNamed() {
        return urlPattern != null;
    }

    /** The carrier's tracking page for this number; null for a carrier without a pattern. */
    public String trackingUrl(String trackingNumber) {
        if (urlPattern == null || trackingNumber == null) {
            return null;
        }
        return urlPattern.replace("{number}", URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    /** The carrier named by a caller, in any letter case, with {@code -} or a space for {@code _}; unknown is a 400. */
    public static Carrier parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(carrier -> carrier.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("carrier", "must be one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
