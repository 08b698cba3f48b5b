package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.identity.HistoricalAccounts;
import io.aisle.insights.data.CustomerScoreRepository;
import io.aisle.retention.AtRiskCohort;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin starts a retention campaign from the at-risk customers: the form previews how many customers match, a
 * double click on Start starts one campaign, and its page shows the offers going out and the interim report. The
 * three pages have no axe-core violation.
 */
class AdminCampaignBrowserTests extends BrowserTest {

    @AfterEach
    void dropTheMadeUpScores() {
        AtRiskCohort.unscoreAll(scores);
    }


    @Autowired
    HistoricalAccounts accounts;

    @Autowired
    CustomerScoreRepository scores;

    @Test
    void theAdminStartsACampaignFromTheAtRiskCustomersAndSeesItsOffersAndInterimReport() {
        AtRiskCohort cohort = AtRiskCohort.create(8, accounts, scores, jdbc);
        String name = unique("Win back");
        page = newContext(1440, 900).newPage();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/customers?sort=risk");

        page.locator("#start-campaign-link").click();
        assertThat(Axe.violations(page)).as("the form").isEmpty();
        page.locator("#name").fill(name);
        page.locator("#minChurnProbability").fill("0.8");
        page.locator("#minPredictedSpend").fill(cohort.minSpend().toPlainString());
        page.locator("#controlPercent").fill("25");
        assertThat(page.locator("#audience")).containsText("8 customers match");
        assertThat(page.locator("#audience")).containsText("6 get an offer, 2 in the control group");
        page.locator("#start-campaign").dblclick();

        page.waitForURL(Pattern.compile(".*/admin/campaigns/\\d+"));
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("#offer-status")).containsText("6 offers made, 0 skipped");
        assertThat(page.locator("#report-status")).containsText("Not a result yet");
        assertThat(page.locator("#row-repurchase")).isVisible();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_campaigns WHERE name = :name").param("name", name)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(Axe.violations(page)).as("the campaign page").isEmpty();
        screenshot(page, "admin-campaign");
        page.navigate("/admin/campaigns");
        assertThat(page.locator("#campaigns-table")).containsText(name);
        assertThat(Axe.violations(page)).as("the list").isEmpty();
    }
}
