package io.aisle.lab.retail;

import io.aisle.platform.Countries;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The file's country names as ISO 3166-1 alpha-2 codes, for the orders' shipping addresses. Most are the
 * English names; the file's own spellings are mapped by hand, and a name that is no country
 * ("Unspecified", "European Community") becomes {@value #UNKNOWN}, the code CLDR uses for an unknown region.
 */
final class RetailCountries {

    static final String UNKNOWN = "ZZ";

    private static final Map<String, String> BY_NAME = Countries.all().stream()
            .collect(Collectors.toUnmodifiableMap(c -> c.name().toLowerCase(Locale.ROOT), Countries.Country::code,
                    (a, b) -> a));
    private static final Map<String, String> FILE_SPELLINGS = Map.of("eire", "IE", "usa", "US", "rsa", "ZA",
            "channel islands", "JE", "czech republic", "CZ");

    private RetailCountries() {
    }

    static String code(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        return FILE_SPELLINGS.getOrDefault(key, BY_NAME.getOrDefault(key, UNKNOWN));
    }
}
