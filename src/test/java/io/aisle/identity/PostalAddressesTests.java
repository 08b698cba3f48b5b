package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.platform.Countries;
import io.aisle.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalAddressesTests {

    @ParameterizedTest(name = "{0} {1} is written {2}")
    @CsvSource({
            "US, 94105, 94105, CA",
            "us, '941051234', 94105-1234, CA",
            "US, '94105 1234', 94105-1234, CA",
            "CA, k1a0b1, K1A 0B1, ON",
            "GB, sw1a1aa, SW1A 1AA, ",
            "GB, ' SW1Y  4JH ', SW1Y 4JH, ",
            "GB, m11ae, M1 1AE, ",
            "DE, 10115, 10115, ",
            "FR, 75008, 75008, ",
            "NL, 1012ab, 1012 AB, ",
            "AU, 2000, 2000, NSW",
            "IT, 00184, 00184, ",
            "ES, 28013, 28013, ",
            "JP, 1000001, 100-0001, ",
            "IN, 110001, 110001, DL",
            "BR, 01310100, 01310-100, SP",
            "PL, 00950, 00-950, ",
            "SE, 11455, 114 55, ",
            "IE, d02x285, D02 X285, ",
            "KE, 00100, 00100, ",
            "HK, n/a, N/A, "})
    void acceptsAndTidiesTheCountrysPostalCodes(String country, String postalCode, String written, String region) {
        PostalAddress normalized = PostalAddresses.normalize(address(country, region, postalCode));

        assertThat(normalized.postalCode()).isEqualTo(written);
        assertThat(normalized.country()).isEqualTo(country.toUpperCase());
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
            "US, 9410, CA", "US, 94105-12, CA", "US, ABCDE, CA", "CA, 12345, ON", "CA, D1A 0B1, ON",
            "GB, 12345, ", "GB, SW1A, ", "DE, 1011, ", "DE, 101155, ", "FR, 7500, ", "NL, 0123 AB, ",
            "AU, 200, NSW", "IT, 0018, ", "ES, 99013, ", "JP, 100-001, ", "IN, 011001, DL", "BR, 0131010, SP",
            "KE, 123456789012345678901, "})
    void refusesAPostalCodeThatDoesNotFitTheCountryNamingTheField(String country, String postalCode, String region) {
        assertThatThrownBy(() -> PostalAddresses.normalize(address(country, region, postalCode)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.properties().toString())
                        .contains("field=postalCode"));
    }

    @Test
    void requiresAKnownRegionWhereTheCountryHasThemAndTakesTheirNames() {
        assertThat(PostalAddresses.normalize(address("US", "california", "94105")).region()).isEqualTo("CA");
        assertThat(PostalAddresses.normalize(address("CA", " qc ", "H2X 1Y4")).region()).isEqualTo("QC");
        assertThat(PostalAddresses.normalize(address("AU", "Victoria", "3000")).region()).isEqualTo("VIC");
        assertThat(PostalAddresses.normalize(address("IN", "Maharashtra", "400001")).region()).isEqualTo("MH");

        assertThatThrownBy(() -> PostalAddresses.normalize(address("US", null, "94105")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.properties().toString()).contains("field=region"));
        assertThatThrownBy(() -> PostalAddresses.normalize(address("US", "ZZ", "94105")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.properties().toString()).contains("field=region"));
        assertThatThrownBy(() -> PostalAddresses.normalize(address("CA", "NY", "K1A 0B1")))
                .hasMessageContaining("region");
    }

    @Test
    void keepsAnOptionalRegionWhereTheCountryHasNoListInUpperCase() {
        assertThat(PostalAddresses.normalize(address("DE", null, "10115")).region()).isNull();
        assertThat(PostalAddresses.normalize(address("GB", " Greater London ", "SW1A 1AA")).region())
                .isEqualTo("GREATER LONDON");
    }

    @Test
    void refusesACodeThatIsNoCountryAndPrefixesTheField() {
        assertThatThrownBy(() -> PostalAddresses.normalize(address("XX", null, "12345"), "shippingAddress."))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.properties().toString())
                        .contains("field=shippingAddress.country"));
    }

    @Test
    void stripsFieldsAndMakesBlankOptionalFieldsNull() {
        PostalAddress normalized = PostalAddresses.normalize(new PostalAddress(" Ada Lovelace ", "  ", " 12 Main St ",
                " ", " Springfield ", "il", "62701", "us", "  "));

        assertThat(normalized).isEqualTo(new PostalAddress("Ada Lovelace", null, "12 Main St", null, "Springfield",
                "IL", "62701", "US", null));
    }

    @Test
    void everyKnownFormatTakesItsOwnExampleAsWritten() {
        var withFormats = Countries.all().stream().filter(c -> Countries.hasPostalCodeFormat(c.code())).toList();

        assertThat(withFormats).hasSizeGreaterThan(60);
        assertThat(withFormats).allSatisfy(country -> {
            String example = Countries.postalCodeExample(country.code()).orElseThrow();
            assertThat(Countries.postalCode(country.code(), example)).as(country.code()).contains(example);
        });
    }

    private static PostalAddress address(String country, String region, String postalCode) {
        return new PostalAddress("Ada Lovelace", null, "1 Main Street", null, "Town", region, postalCode, country, null);
    }
}
