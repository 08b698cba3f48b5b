package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CarrierTests {

    @Test
    void buildsEachNamedCarriersTrackingLinkWithTheNumber() {
        assertThat(Carrier.UPS.trackingUrl("1Z999AA10123456784")).isEqualTo("https://www.ups.com/track?tracknum=1Z999AA10123456784");
        assertThat(Carrier.USPS.trackingUrl("9400100000000000000000"))
                .isEqualTo("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000");
        assertThat(Carrier.FEDEX.trackingUrl("123456789012")).isEqualTo("https://www.fedex.com/fedextrack/?trknbr=123456789012");
        assertThat(Carrier.DHL.trackingUrl("JD014600003828")).endsWith("tracking-id=JD014600003828").startsWith("https://www.dhl.com/");
        assertThat(Carrier.ROYAL_MAIL.trackingUrl("AB123456789GB"))
                .isEqualTo("https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB");
        assertThat(Carrier.DPD.trackingUrl("01234567890123")).isEqualTo("https://tracking.dpd.de/status/en_US/parcel/01234567890123");
        assertThat(Carrier.CANADA_POST.trackingUrl("1234567890123456")).endsWith("#/details/1234567890123456");
        assertThat(Carrier.AUSTRALIA_POST.trackingUrl("ABC123")).isEqualTo("https://auspost.com.au/mypost/track/details/ABC123");
        assertThat(Carrier.POSTNL.trackingUrl("3SABCD1234567")).isEqualTo("https://www.postnl.nl/tracktrace/?B=3SABCD1234567");
        assertThat(Carrier.LA_POSTE.trackingUrl("6A12345678901"))
                .isEqualTo("https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901");
        assertThat(Arrays.stream(Carrier.values()).filter(Carrier::isNamed))
                .allSatisfy(carrier -> assertThat(carrier.trackingUrl("X1")).startsWith("https://").endsWith("X1"));
    }

    @Test
    void urlEncodesTheNumberSoItCannotChangeTheLink() {
        assertThat(Carrier.UPS.trackingUrl("AB/12&x=1 #")).isEqualTo("https://www.ups.com/track?tracknum=AB%2F12%26x%3D1%20%23");
    }

    @Test
    void hasNoLinkPatternForAPickUpOrAnOtherCarrier() {
        assertThat(Carrier.PICKUP.trackingUrl("1234")).isNull();
        assertThat(Carrier.OTHER.trackingUrl("1234")).isNull();
        assertThat(Carrier.PICKUP.isNamed()).isFalse();
    }

    @Test
    void readsTheCarrierInAnyCaseAndRefusesAnUnknownOneNamingTheField() {
        assertThat(Carrier.parse(" royal-mail ")).isEqualTo(Carrier.ROYAL_MAIL);
        assertThat(Carrier.parse("la poste")).isEqualTo(Carrier.LA_POSTE);
        assertThatThrownBy(() -> Carrier.parse("pigeon")).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("carrier must be one of UPS, USPS");
    }

    @Test
    void cleansTheTrackingNumberAndRefusesWhatNoCarrierPrints() {
        assertThat(new ShipmentRequest("ups", " 1z 999 aa1 01 2345 6784 ", null).check())
                .isEqualTo(new ShipmentRequest.Checked(Carrier.UPS, "1Z999AA10123456784",
                        "https://www.ups.com/track?tracknum=1Z999AA10123456784"));
        assertThat(new ShipmentRequest("PICKUP", "", null).check())
                .isEqualTo(new ShipmentRequest.Checked(Carrier.PICKUP, null, null));
        assertThat(new ShipmentRequest("OTHER", "abc-123", "https://track.example.com/p?id=abc-123").check())
                .isEqualTo(new ShipmentRequest.Checked(Carrier.OTHER, "ABC-123", "https://track.example.com/p?id=abc-123"));
        assertRefused(new ShipmentRequest("UPS", null, null), "trackingNumber is required for UPS.");
        assertRefused(new ShipmentRequest("UPS", "<script>", null), "trackingNumber must be 4 to 40");
        assertRefused(new ShipmentRequest("UPS", "123", null), "trackingNumber must be 4 to 40");
        assertRefused(new ShipmentRequest("UPS", "1".repeat(41), null), "trackingNumber must be 4 to 40");
        assertRefused(new ShipmentRequest("PICKUP", "1234", null), "trackingNumber is not used for a pick-up.");
        assertRefused(new ShipmentRequest("UPS", "1Z999", "https://evil.example"), "trackingUrl is only given");
        assertRefused(new ShipmentRequest("OTHER", null, "javascript:alert(1)"), "trackingUrl must be an http(s)");
        assertRefused(new ShipmentRequest("OTHER", null, "https://x.example/" + "a".repeat(500)), "trackingUrl must be");
        assertRefused(new ShipmentRequest(null, "1234", null), "carrier must be one of");
    }

    private static void assertRefused(ShipmentRequest request, String detail) {
        assertThatThrownBy(request::check).isInstanceOf(InvalidRequestException.class).hasMessageStartingWith(detail);
    }
}
