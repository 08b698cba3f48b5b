package io.aisle.storefront.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The countries an address can be in, by English name, for the address forms ({@code ${@countries.all()}}). */
@Component("countries")
public class Countries {

    public record Country(String code, String name) {
    }

    private final List<Country> all = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name))
            .toList();

    public List<Country> all() {
        return all;
    }

    /** The English name of the country with this code, or the code when it is not a country. */
    public String name(String code) {
        return all.stream().filter(c -> c.code().equalsIgnoreCase(code)).map(Country::name).findFirst().orElse(code);
    }
}
