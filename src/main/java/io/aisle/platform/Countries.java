package io.aisle.platform;

import io.aisle.platform.countries.PostalCodeFormats;
import io.aisle.platform.countries.RegionLists;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Country reference data in one place, for address forms, address checks and shipping zones: the ISO 3166-1
 * alpha-2 countries with their English names, the regions (states, provinces, territories) of the countries
 * where an address needs one, and the postal-code formats of the countries where the format is known. A
 * country without a known format takes any postal code of 1 to 20 characters.
 */
public final class Countries {

    /** A country: its ISO 3166-1 alpha-2 code and English name. */
    public record Country(String code, String name) {
    }

    /** A state, province or territory: its code (the ISO 3166-2 code without the country) and name. */
    public record Region(String code, String name) {
    }

    private static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name))
            .toList();
    private static final Map<String, Country> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));

    private Countries() {
    }

    /** Every country, by English name. */
    public static List<Country> all() {
        return ALL;
    }

    /** Whether this is an ISO 3166-1 alpha-2 code (any case). */
    public static boolean isCountry(String code) {
        return code != null && BY_CODE.containsKey(code.toUpperCase(Locale.ROOT));
    }

    /** The English name of the country with this code, or the code itself when it is not a country. */
    public static String name(String code) {
        Country country = code == null ? null : BY_CODE.get(code.toUpperCase(Locale.ROOT));
        return country == null ? code : country.name();
    }

    /** The country's regions by name; empty for a country whose addresses need no region here. */
    public static List<Region> regions(String country) {
        return country == null ? List.of() : RegionLists.of(country.toUpperCase(Locale.ROOT));
    }

    /** Whether an address in this country must name one of its {@link #regions}. */
    public static boolean hasRegions(String country) {
        return !regions(country).isEmpty();
    }

    /** The country's region with this code or name (any case), if it has one. */
    public static Optional<Region> region(String country, String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        return regions(country).stream()
                .filter(r -> r.code().equalsIgnoreCase(wanted) || r.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** Whether the postal codes of this country are checked against a known format. */
    public static boolean hasPostalCodeFormat(String country) {
        return country != null && PostalCodeFormats.of(country.toUpperCase(Locale.ROOT)).isPresent();
    }

    /**
     * The postal code as the country writes it (upper case, its usual spaces and hyphens: {@code sw1a1aa} is
     * {@code SW1A 1AA} in GB), or empty when it does not fit the country's format. Without a known format,
     * any code of 1 to 20 characters fits, with its spaces tidied.
     */
    public static Optional<String> postalCode(String country, String postalCode) {
        if (postalCode == null || postalCode.isBlank()) {
            return Optional.empty();
        }
        String tidy = postalCode.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return PostalCodeFormats.of(country == null ? "" : country.toUpperCase(Locale.ROOT))
                .map(format -> format.normalize(tidy))
                .orElseGet(() -> tidy.length() <= 20 ? Optional.of(tidy) : Optional.empty());
    }

    /** A valid postal code of the country, to show people the format (e.g. {@code SW1A 1AA}); empty without a format. */
    public static Optional<String> postalCodeExample(String country) {
        return country == null ? Optional.empty()
                : PostalCodeFormats.of(country.toUpperCase(Locale.ROOT)).map(PostalCodeFormats.Format::example);
    }
}
