package io.aisle.admin.taxes;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A country of the rate form's select box: its ISO 3166-1 alpha-2 code and English name. */
record CountryOption(String code, String name) {

    static final List<CountryOption> ALL = Arrays.stream(Locale.getISOCountries())
            .map(code -> new CountryOption(code, name(code)))
            .sorted(Comparator.comparing(CountryOption::name))
            .toList();

    static String name(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
