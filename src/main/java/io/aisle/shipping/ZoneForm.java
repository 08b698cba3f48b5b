package io.aisle.shipping;

import io.aisle.platform.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an admin sends to create or replace a zone: its name, and either the countries it covers (each
 * optionally narrowed to one region code) or {@code restOfWorld} (every address no other zone covers).
 */
public record ZoneForm(String name, Boolean restOfWorld, List<ZoneCountry> countries) {

    static final int MAX_ENTRIES = 500;

    /** The form stripped and upper-cased, or an {@link InvalidRequestException} naming the first bad field. */
    ZoneForm checked() {
        String cleanName = Text.required("name", name, 100);
        boolean world = Boolean.TRUE.equals(restOfWorld);
        List<ZoneCountry> entries = countries == null ? List.of() : countries;
        if (world && !entries.isEmpty()) {
            throw new InvalidRequestException("countries", "must be empty for the rest-of-world zone, which covers "
                    + "every address no other zone covers");
        }
        if (!world && entries.isEmpty()) {
            throw new InvalidRequestException("countries", "must name at least one country (or make it the rest-of-world zone)");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidRequestException("countries", "may have at most " + MAX_ENTRIES + " entries");
        }
        List<ZoneCountry> clean = new ArrayList<>();
        Set<ZoneCountry> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ZoneCountry entry = entries.get(i);
            if (entry == null) {
                throw new InvalidRequestException("countries[" + i + "]", "is required");
            }
            ZoneCountry checked = new ZoneCountry(Countries.checked("countries[" + i + "].country", entry.country()),
                    region("countries[" + i + "].region", entry.region()));
            if (!seen.add(checked)) {
                throw new InvalidRequestException("countries[" + i + "]", "names " + Text.entry(checked) + " a second time");
            }
            clean.add(checked);
        }
        return new ZoneForm(cleanName, world, List.copyOf(clean));
    }

    private static String region(String field, String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String code = region.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isRegionCode(code)) {
            throw new InvalidRequestException(field, "must be a region code of 1 to 10 letters or digits, e.g. CA or NSW");
        }
        return code;
    }
}
