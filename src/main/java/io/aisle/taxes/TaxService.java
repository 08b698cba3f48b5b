package io.aisle.taxes;

import io.aisle.platform.InvalidRequestException;
import io.aisle.taxes.data.TaxRateRepository;
import io.aisle.taxes.data.TaxRateRepository.RateColumns;
import io.aisle.taxes.data.TaxSettingsRepository;
import io.aisle.taxes.internal.TaxTable;
import io.aisle.taxes.internal.TaxTableCache;
import io.aisle.taxes.internal.TaxesChanged;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's tax rates and settings: the rules checkout prices an address with, and the admin's changes.
 *
 * <p>{@link #rulesFor} is on checkout's hot path and answers from an in-memory copy of all rates and the
 * settings ({@link TaxTableCache}): a change takes effect on this instance as soon as it commits, and on other
 * instances within {@code aisle.taxes.cache-ttl} (5 s by default).
 */
@Service
public class TaxService {

    private final TaxRateRepository rates;
    private final TaxSettingsRepository settings;
    private final TaxTableCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaxService(TaxRateRepository rates, TaxSettingsRepository settings, TaxTableCache cache,
            ApplicationEventPublisher events, Clock clock) {
        this.rates = rates;
        this.settings = settings;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
    }

    /**
     * How to tax an order to this address: the settings, and for each tax class the most specific rate (the
     * region's, else the country's; a class with neither is missing from the rules and so untaxed). Country
     * and region codes are matched without regard to case; a blank or null region means none; an unknown
     * country has no rates.
     */
    public TaxRules rulesFor(String country, String region) {
        return table().rulesFor(country, region);
    }

    /** The current settings (from the same in-memory copy as {@link #rulesFor}). */
    public TaxSettings settings() {
        return table().settings();
    }

    /** Every rate, by country, region (country-wide first) and class. */
    public List<ShopTaxRate> rates() {
        return rates.findAll();
    }

    public ShopTaxRate rate(long id) {
        return rates.findById(id).orElseThrow(() -> new TaxRateNotFoundException(id));
    }

    /** Adds a rate; {@link DuplicateTaxRateException} when its country, region and class have one already. */
    @Transactional
    public ShopTaxRate create(TaxRateForm form) {
        RateColumns columns = columns(form);
        long id;
        try {
            id = rates.insert(columns, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(columns);
        }
        events.publishEvent(new TaxesChanged());
        return rate(id);
    }

    /** Replaces a rate; a move onto the place and class of another rate is a {@link DuplicateTaxRateException}. */
    @Transactional
    public ShopTaxRate update(long id, TaxRateForm form) {
        RateColumns columns = columns(form);
        boolean updated;
        try {
            updated = rates.update(id, columns, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(columns);
        }
        if (!updated) {
            throw new TaxRateNotFoundException(id);
        }
        events.publishEvent(new TaxesChanged());
        return rate(id);
    }

    /** Removes a rate: its class is then taxed at the country's rate there, or not at all. */
    @Transactional
    public void delete(long id) {
        if (!rates.delete(id)) {
            throw new TaxRateNotFoundException(id);
        }
        events.publishEvent(new TaxesChanged());
    }

    /** Replaces the settings. Orders placed before keep the tax they were placed with. */
    @Transactional
    public TaxSettings updateSettings(TaxSettings changed) {
        settings.update(changed, clock.instant());
        events.publishEvent(new TaxesChanged());
        return changed;
    }

    private TaxTable table() {
        return cache.get(() -> new TaxTable(settings.find(), rates.findAll()));
    }

    private static RateColumns columns(TaxRateForm form) {
        String region = form.region() == null || form.region().isBlank() ? null : upper(form.region());
        String taxClass = TaxClass.parse(form.taxClass())
                .orElseThrow(() -> new InvalidRequestException("taxClass",
                        "must be one of " + String.join(", ", TaxClass.codes())))
                .code();
        return new RateColumns(upper(form.country()), region, taxClass, form.name().strip(),
                form.rate().setScale(4, RoundingMode.UNNECESSARY));
    }

    private static DuplicateTaxRateException duplicate(RateColumns columns) {
        return new DuplicateTaxRateException(columns.country(), columns.region(), columns.taxClass());
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
