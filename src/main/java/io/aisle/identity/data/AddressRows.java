package io.aisle.identity.data;

import io.aisle.identity.PostalAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reads a {@code customer_addresses} row's address, its columns named with a prefix (none, or {@code a_}). */
final class AddressRows {

    static final String COLUMNS = "full_name, company, line1, line2, city, region, postal_code, country, phone";

    private AddressRows() {
    }

    /** The address's fields as named parameters (:fullName, :company, ... :phone); optional ones may be null. */
    static Map<String, Object> params(PostalAddress a) {
        Map<String, Object> params = new HashMap<>();
        params.put("fullName", a.fullName());
        params.put("company", a.company());
        params.put("line1", a.line1());
        params.put("line2", a.line2());
        params.put("city", a.city());
        params.put("region", a.region());
        params.put("postalCode", a.postalCode());
        params.put("country", a.country());
        params.put("phone", a.phone());
        return params;
    }

    /** The address, or null when the row has none (a left join that found no address). */
    static PostalAddress address(ResultSet rs, String prefix) throws SQLException {
        if (rs.getString(prefix + "line1") == null) {
            return null;
        }
        return new PostalAddress(rs.getString(prefix + "full_name"), rs.getString(prefix + "company"),
                rs.getString(prefix + "line1"), rs.getString(prefix + "line2"), rs.getString(prefix + "city"),
                rs.getString(prefix + "region"), rs.getString(prefix + "postal_code"), rs.getString(prefix + "country"),
                rs.getString(prefix + "phone"));
    }
}
