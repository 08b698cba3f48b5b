package io.aisle.taxes.data;

import io.aisle.platform.SqlTime;
import io.aisle.taxes.TaxSettings;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of tax settings (id 1), seeded by the migration that made the table. */
@Repository
public class TaxSettingsRepository {

    private final JdbcClient jdbc;

    TaxSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TaxSettings find() {
        return jdbc.sql("SELECT prices_include_tax, tax_shipping FROM tax_settings WHERE id = 1")
                .query((rs, row) -> new TaxSettings(rs.getBoolean("prices_include_tax"), rs.getBoolean("tax_shipping")))
                .single();
    }

    public void update(TaxSettings settings, Instant now) {
        jdbc.sql("""
                UPDATE tax_settings
                SET prices_include_tax = :pricesIncludeTax, tax_shipping = :taxShipping, updated_at = :now
                WHERE id = 1
                """)
                .param("pricesIncludeTax", settings.pricesIncludeTax())
                .param("taxShipping", settings.taxShipping())
                .param("now", SqlTime.utc(now))
                .update();
    }
}
