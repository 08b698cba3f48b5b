package io.aisle.shipping.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code shipping_zones} and their entries in {@code shipping_zone_countries}. */
@Repository
public class ShippingZoneRepository {

    private final JdbcClient jdbc;

    ShippingZoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every zone, the rest-of-world zone last, the others by name. */
    public List<ZoneRow> findAll() {
        return jdbc.sql("""
                SELECT id, name, rest_of_world FROM shipping_zones
                ORDER BY rest_of_world IS NOT NULL, name
                """)
                .query((rs, row) -> new ZoneRow(rs.getLong("id"), rs.getString("name"), rs.getBoolean("rest_of_world")))
                .list();
    }

    public Optional<ZoneRow> findById(long id) {
        return jdbc.sql("SELECT id, name, rest_of_world FROM shipping_zones WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new ZoneRow(rs.getLong("id"), rs.getString("name"), rs.getBoolean("rest_of_world")))
                .optional();
    }

    /** Every zone entry, by country and region. */
    public List<CountryRow> findAllCountries() {
        return jdbc.sql("""
                SELECT c.zone_id, z.name, c.country, c.region
                FROM shipping_zone_countries c JOIN shipping_zones z ON z.id = c.zone_id
                ORDER BY c.country, c.region
                """)
                .query((rs, row) -> countryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The entries of zones other than {@code zoneId} in these countries (to name the zone a clash is with). */
    public List<CountryRow> findCountriesOfOtherZones(Collection<String> countries, long zoneId) {
        return jdbc.sql("""
                SELECT c.zone_id, z.name, c.country, c.region
                FROM shipping_zone_countries c JOIN shipping_zones z ON z.id = c.zone_id
                WHERE c.country IN (:countries) AND c.zone_id <> :zoneId
                """)
                .param("countries", countries)
                .param("zoneId", zoneId)
                .query((rs, row) -> countryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The name of another zone called {@code name}, if any (names are compared as the database collates them). */
    public Optional<String> findOtherNamed(String name, long zoneId) {
        return jdbc.sql("SELECT name FROM shipping_zones WHERE name = :name AND id <> :zoneId")
                .param("name", name)
                .param("zoneId", zoneId)
                .query(String.class)
                .optional();
    }

    /** The name of the rest-of-world zone unless it is {@code zoneId}. */
    public Optional<String> findOtherRestOfWorld(long zoneId) {
        return jdbc.sql("SELECT name FROM shipping_zones WHERE rest_of_world AND id <> :zoneId")
                .param("zoneId", zoneId)
                .query(String.class)
                .optional();
    }

    public long insert(String name, boolean restOfWorld) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO shipping_zones (name, rest_of_world, created_at, updated_at)
                VALUES (:name, :restOfWorld, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                """)
                .param("name", name)
                .param("restOfWorld", restOfWorld ? Boolean.TRUE : null)
                .update(key);
        return key.getKey().longValue();
    }

    /** Renames the zone and sets whether it is the rest of the world; the number of rows changed (0: no such zone). */
    public int update(long id, String name, boolean restOfWorld) {
        return jdbc.sql("""
                UPDATE shipping_zones SET name = :name, rest_of_world = :restOfWorld, updated_at = UTC_TIMESTAMP(6)
                WHERE id = :id
                """)
                .param("id", id)
                .param("name", name)
                .param("restOfWorld", restOfWorld ? Boolean.TRUE : null)
                .update();
    }

    /** Deletes the zone with its entries, methods and bands (foreign keys cascade). */
    public int delete(long id) {
        return jdbc.sql("DELETE FROM shipping_zones WHERE id = :id").param("id", id).update();
    }

    public void deleteCountries(long zoneId) {
        jdbc.sql("DELETE FROM shipping_zone_countries WHERE zone_id = :zoneId").param("zoneId", zoneId).update();
    }

    public void insertCountry(long zoneId, String country, String region) {
        jdbc.sql("INSERT INTO shipping_zone_countries (zone_id, country, region) VALUES (:zoneId, :country, :region)")
                .param("zoneId", zoneId)
                .param("country", country)
                .param("region", region == null ? "" : region)
                .update();
    }

    private static CountryRow countryRow(long zoneId, String zoneName, String country, String region) {
        return new CountryRow(zoneId, zoneName, country, region.isEmpty() ? null : region);
    }
}
