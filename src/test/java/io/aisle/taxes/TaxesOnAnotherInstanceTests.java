package io.aisle.taxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.taxes.data.TaxRateRepository;
import io.aisle.taxes.data.TaxSettingsRepository;
import io.aisle.taxes.internal.TaxTableCache;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A second instance on the same database (its own TaxService and cache, as another JVM would have) picks up
 * an admin's change made on this one within its cache TTL, without any message between them.
 */
class TaxesOnAnotherInstanceTests extends TaxApiTest {

    private static final Duration TTL = Duration.ofSeconds(2);

    @Autowired
    TaxRateRepository rateRows;

    @Autowired
    TaxSettingsRepository settingsRow;

    @Autowired
    Clock clock;

    @Test
    void anotherInstanceTaxesWithANewRateWithinItsCacheTtl() {
        TaxService otherInstance = new TaxService(rateRows, settingsRow, new TaxTableCache(new TaxesProperties(TTL)),
                event -> { }, clock);
        String region = region();
        assertThat(otherInstance.rulesFor(COUNTRY, region).byClass()).isEmpty();

        createRate(rateForm("region", region, "rate", new BigDecimal("0.0625")));

        await().atMost(TTL.plusSeconds(3)).untilAsserted(() -> assertThat(otherInstance.rulesFor(COUNTRY, region)
                .rate("standard")).map(TaxRate::rate).contains(new BigDecimal("0.0625")));
    }
}
