package io.aisle.taxes.data;

import io.aisle.platform.SqlTime;
import io.aisle.taxes.ShopTaxRate;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The shop's tax rates. A country-wide rate has the region '' in the table (null in Java), so the unique
 * key (country, region, tax_class) also keeps country-wide rates to one per class: inserting or changing a
 * rate into a taken place and class fails with a duplicate-key error.
 */
@Repository
public class TaxRateRepository {

    private static final String SELECT = "SELECT id, country, region, tax_class, name, rate FROM tax_rates";

    private final JdbcClient jdbc;

    TaxRateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields an admin writes; {@code region} null for the whole country. */
    public record RateColumns(String country, String region, String taxClass, String name, BigDecimal rate) {
    }

    public List<ShopTaxRate> findAll() {
        return jdbc.sql(SELECT + " ORDER BY country, region, FIELD(tax_class, 'standard', 'reduced', 'zero'), id")
                .query(TaxRateRepository::map)
                .list();
    }

    public Optional<ShopTaxRate> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(TaxRateRepository::map)
                .optional();
    }

    public long insert(RateColumns rate, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tax_rates (country, region, tax_class, name, rate, created_at, updated_at)
                VALUES (:country, :region, :taxClass, :name, :rate, :now, :now)
                """)
                .params(columns(rate))
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    /** False when there is no such rate. */
    public boolean update(long id, RateColumns rate, Instant now) {
        return jdbc.sql("""
                UPDATE tax_rates
                SET country = :country, region = :region, tax_class = :taxClass, name = :name, rate = :rate,
                    updated_at = :now
                WHERE id = :id
                """)
                .params(columns(rate))
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /** False when there was no such rate (or another request deleted it first). */
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM tax_rates WHERE id = :id")
                .param("id", id)
                .update() == 1;
    }

    private static Map<String, Object> columns(RateColumns rate) {
        return Map.of("country", rate.country(), "region", rate.region() == null ? "" : rate.region(),
                "taxClass", rate.taxClass(), "name", rate.name(), "rate", rate.rate());
    }

    private static ShopTaxRate map(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region");
        return new ShopTaxRate(rs.getLong("id"), rs.getString("country"), region.isEmpty() ? null : region,
                rs.getString("tax_class"), rs.getString("name"), rs.getBigDecimal("rate"));
    }
}
