package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.training.TrainingJobs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Models page in a real browser: the metrics charts are drawn, and Retrain shows a progress bar that
 * the server's events move on to the end without a reload; the finished job then reloads the versions.
 */
class AdminModelsBrowserTests extends BrowserTest {

    /** Records every value the progress bar takes, from the page itself, since the steps are quick. */
    private static final String WATCH_PROGRESS = """
            () => {
              window.stillTheSamePage = true;
              window.progressSeen = [];
              new MutationObserver(() => {
                const bar = document.querySelector('#training-bar');
                if (bar) { window.progressSeen.push(Number(bar.getAttribute('value'))); }
              }).observe(document.querySelector('#training-job'), { childList: true, subtree: true, attributes: true });
            }""";

    /** True once the progress shows another job than {@code before}, and that job succeeded. */
    private static final String NEW_JOB_DONE = """
            before => {
              const job = document.querySelector('#training-job .strong');
              const status = document.querySelector('#training-status');
              return job && job.textContent !== before && status && status.textContent === 'succeeded';
            }""";

    @Autowired
    ApplicationContext spring;

    @Autowired
    TrainingJobs jobs;

    @Test
    void retrainMovesTheProgressBarToTheEndWithoutAReloadAndTheMetricsChartIsDrawn() {
        ActiveModelsFixture.ensure(spring);
        page = newContext(1440, 900).newPage();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/models");
        page.waitForFunction("() => window.Chart && Chart.getChart('chart-churn-metrics')"
                + " && Chart.getChart('chart-churn-metrics').data.datasets.length === 2"
                + " && Chart.getChart('chart-churn-metrics').data.labels.length > 0");
        page.evaluate(WATCH_PROGRESS);
        String before = page.locator("#training-job .strong").count() == 0 ? ""
                : page.locator("#training-job .strong").textContent();

        page.locator("#retrain-form button").click();

        page.waitForFunction(NEW_JOB_DONE, before, new Page.WaitForFunctionOptions().setTimeout(180_000));
        assertThat(page.locator("#training-bar")).hasAttribute("value", "100");
        assertThat(page.locator("#training-percent")).hasText("100 %");
        List<?> seen = (List<?>) page.evaluate("() => window.progressSeen");
        assertThat(seen).as("progress values shown").hasSizeGreaterThan(2)
                .anySatisfy(value -> assertThat(((Number) value).intValue()).isLessThan(100));
        assertThat(page.evaluate("() => window.stillTheSamePage === true")).isEqualTo(true);
        // the finished job made the page reload its models part, which lists the job
        long newest = jobs.recent(1).get(0).id();
        assertThat(page.locator("#job-" + newest)).containsText("succeeded");
        page.waitForFunction("() => Chart.getChart('chart-churn-metrics')");
        screenshot(page, "admin-models");
    }

    @Test
    void theCustomerAtHighestRiskOpensWithTheFeaturesBehindTheirRisk() {
        ActiveModelsFixture.ensure(spring);
        page = newContext(1440, 900).newPage();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/customers?sort=risk");
        assertThat(page.locator("#customers-table tbody tr").first().locator(".risk")).isVisible();
        screenshot(page, "admin-customers-at-risk");

        page.locator("#customers-table tbody tr").first().locator("a.strong").click();

        assertThat(page.locator("#kpi-churn .risk")).isVisible();
        assertThat(page.locator("#churn-drivers tbody tr").first()).isVisible();
        screenshot(page, "admin-customer");
    }
}
