package io.aisle.ordering;

import io.aisle.platform.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the admin says when shipping: the carrier, its tracking number and, for an {@link Carrier#OTHER}
 * carrier only, the tracking page. {@link #check()} normalizes it or throws a 400 naming the field.
 */
public record ShipmentRequest(String carrier, String trackingNumber, String trackingUrl) {

    /** Letters, digits and {@code - . _ /}, as carriers print them; spaces are dropped first. */
    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Z0-9._/-]{4,40}");
    private static final int MAX_URL = 500;

    /** The shipment to record: carrier parsed, number cleaned, link built from the carrier's pattern. */
    public Checked check() {
        Carrier parsed = Carrier.parse(carrier);
        String number = trackingNumber == null ? "" : trackingNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String url = trackingUrl == null || trackingUrl.isBlank() ? null : trackingUrl.strip();
        if (number.isEmpty()) {
            if (parsed.isNamed()) {
                throw new InvalidRequestException("trackingNumber", "is required for " + parsed.displayName());
            }
            number = null;
        } else if (parsed == Carrier.PICKUP) {
            throw new InvalidRequestException("trackingNumber", "is not used for a pick-up");
        } else if (!TRACKING_NUMBER.matcher(number).matches()) {
            throw new InvalidRequestException("trackingNumber",
                    "must be 4 to 40 letters, digits or - . _ / (spaces are ignored)");
        }
        if (url != null && parsed != Carrier.OTHER) {
            throw new InvalidRequestException("trackingUrl", "is only given for an OTHER carrier; "
                    + parsed.displayName() + "'s link is built from the tracking number");
        }
        return new Checked(parsed, number, parsed == Carrier.OTHER ? checkedUrl(url) : parsed.trackingUrl(number));
    }

    /** A request that passed {@link #check()}. */
    public record Checked(Carrier carrier, String trackingNumber, String trackingUrl) {
    }

    private static String checkedUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (url.length() <= MAX_URL && (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // answered below like any other unusable link
        }
        throw new InvalidRequestException("trackingUrl", "must be an http(s) address of at most " + MAX_URL
                + " characters");
    }
}
