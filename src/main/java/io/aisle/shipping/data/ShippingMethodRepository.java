package io.aisle.shipping.data;

import io.aisle.shipping.RateBand;
import io.aisle.shipping.RateKind;
import io.aisle.shipping.ShippingMethod;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code shipping_methods} and their {@code shipping_rate_bands}. Methods come without bands; see {@link #findAllBands()}. */
@Repository
public class ShippingMethodRepository {

    private static final String COLUMNS = """
            id, zone_id, name, carrier, pickup, active, sort_order, rate_kind, free_from, min_days, max_days
            """;

    private final JdbcClient jdbc;

    ShippingMethodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A method's fields as they are written. */
    public record Fields(String name, String carrier, boolean pickup, boolean active, int sortOrder, RateKind rateKind,
            BigDecimal freeFrom, int minDays, int maxDays) {
    }

    /** Every method in the admin's order: sort order, then id. */
    public List<ShippingMethod> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shipping_methods ORDER BY sort_order, id")
                .query((rs, row) -> method(rs))
                .list();
    }

    public Optional<ShippingMethod> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shipping_methods WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> method(rs))
                .optional();
    }

    /** Every rate band, by method and start. */
    public List<BandRow> findAllBands() {
        return jdbc.sql("SELECT method_id, starts_at, price FROM shipping_rate_bands ORDER BY method_id, starts_at")
                .query((rs, row) -> new BandRow(rs.getLong("method_id"),
                        new RateBand(rs.getBigDecimal("starts_at"), rs.getBigDecimal("price"))))
                .list();
    }

    /** Whether another method of the zone is called {@code name}. */
    public boolean existsOtherNamed(long zoneId, String name, long methodId) {
        return jdbc.sql("SELECT COUNT(*) FROM shipping_methods WHERE zone_id = :zoneId AND name = :name AND id <> :id")
                .param("zoneId", zoneId)
                .param("name", name)
                .param("id", methodId)
                .query(Long.class)
                .single() > 0;
    }

    public long insert(long zoneId, Fields fields) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO shipping_methods (zone_id, name, carrier, pickup, active, sort_order, rate_kind, free_from,
                                              min_days, max_days, created_at, updated_at)
                VALUES (:zoneId, :name, :carrier, :pickup, :active, :sortOrder, :rateKind, :freeFrom,
                        :minDays, :maxDays, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                """)
                .param("zoneId", zoneId)
                .params(params(fields))
                .update(key);
        return key.getKey().longValue();
    }

    /** Replaces the method's fields; the number of rows changed (0: no such method). */
    public int update(long id, Fields fields) {
        return jdbc.sql("""
                UPDATE shipping_methods
                SET name = :name, carrier = :carrier, pickup = :pickup, active = :active, sort_order = :sortOrder,
                    rate_kind = :rateKind, free_from = :freeFrom, min_days = :minDays, max_days = :maxDays,
                    updated_at = UTC_TIMESTAMP(6)
                WHERE id = :id
                """)
                .params(params(fields))
                .param("id", id)
                .update();
    }

    public int updateActive(long id, boolean active) {
        return jdbc.sql("UPDATE shipping_methods SET active = :active, updated_at = UTC_TIMESTAMP(6) WHERE id = :id")
                .param("id", id)
                .param("active", active)
                .update();
    }

    /** Deletes the method and its bands (the foreign key cascades). */
    public int delete(long id) {
        return jdbc.sql("DELETE FROM shipping_methods WHERE id = :id").param("id", id).update();
    }

    public void deleteBands(long methodId) {
        jdbc.sql("DELETE FROM shipping_rate_bands WHERE method_id = :methodId").param("methodId", methodId).update();
    }

    public void insertBand(long methodId, RateBand band) {
        jdbc.sql("INSERT INTO shipping_rate_bands (method_id, starts_at, price) VALUES (:methodId, :from, :price)")
                .param("methodId", methodId)
                .param("from", band.from())
                .param("price", band.price())
                .update();
    }

    private static Map<String, Object> params(Fields fields) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", fields.name());
        params.put("carrier", fields.carrier());
        params.put("pickup", fields.pickup());
        params.put("active", fields.active());
        params.put("sortOrder", fields.sortOrder());
        params.put("rateKind", fields.rateKind().name());
        params.put("freeFrom", fields.freeFrom());
        params.put("minDays", fields.minDays());
        params.put("maxDays", fields.maxDays());
        return params;
    }

    private static ShippingMethod method(ResultSet rs) throws SQLException {
        return new ShippingMethod(rs.getLong("id"), rs.getLong("zone_id"), rs.getString("name"), rs.getString("carrier"),
                rs.getBoolean("pickup"), rs.getBoolean("active"), rs.getInt("sort_order"),
                RateKind.valueOf(rs.getString("rate_kind")), List.of(), rs.getBigDecimal("free_from"),
                rs.getInt("min_days"), rs.getInt("max_days"));
    }
}
