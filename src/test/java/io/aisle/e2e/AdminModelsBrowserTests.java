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
 * the server's events move on to the end without a reload, with Retrain disabled until the job ends; the
 * finished job then reloads the versions. A customer's page at a laptop's width shows every driver's effect whole.
 */
class AdminModelsBrowserTests extends BrowserTest {

    /**
     * Records every value the progress bar takes, from the page itself, since the steps are quick, and whether
     * Retrain could be pressed at each step of an unfinished job.
     */
    private static final String WATCH_PROGRESS = """
            () => {
              window.stillTheSamePage = true;
              window.progressSeen = [];
              window.retrainPressableWhileBusy = [];
              new MutationObserver(() => {
                const bar = document.querySelector('#training-bar');
                if (bar) { window.progressSeen.push(Number(bar.getAttribute('value'))); }
                const status = document.querySelector('#training-status');
                const button = document.querySelector('#retrain-button');
                if (status && button && (status.textContent === 'queued' || status.textContent === 'running')) {
                  window.retrainPressableWhileBusy.push(!button.disabled);
                }
              }).observe(document.querySelector('#training-job'), { childList: true, subtree: true, attributes: true });
            }""";

    /** Every driver's Effect cell on the page, and whether its content fits inside it and inside the card. */
    private static final String EFFECT_CELLS = """
            () => [...document.querySelectorAll('.drivers-table td.effect')].map(cell => {
              const card = cell.closest('.card').getBoundingClientRect();
              const box = cell.getBoundingClientRect();
              return { text: cell.textContent.trim(), fits: cell.scrollWidth <= cell.clientWidth,
                       inside: box.left >= card.left && box.right <= card.right + 0.5
                               && box.right <= document.documentElement.clientWidth };
            })""";

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

        page.locator("#retrain-button").click();

        page.waitForFunction(NEW_JOB_DONE, before, new Page.WaitForFunctionOptions().setTimeout(180_000));
        assertThat(page.locator("#training-bar")).hasAttribute("value", "100");
        assertThat(page.locator("#training-percent")).hasText("100 %");
        assertThat(page.locator("#retrain-button")).isEnabled();
        List<Object> pressable = new java.util.ArrayList<>((List<?>) page.evaluate("() => window.retrainPressableWhileBusy"));
        assertThat(pressable).as("Retrain while the job waited or ran").isNotEmpty().containsOnly((Object) false);
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

        page.setViewportSize(1366, 768);
        page.locator("#customers-table tbody tr").first().locator("a.strong").click();

        assertThat(page.locator("#kpi-buy-again .risk")).isVisible();
        assertThat(page.locator("#buy-reasons li").first()).isVisible();
        page.locator("#prediction-numbers summary").click();
        assertThat(page.locator("#churn-drivers tbody tr").first()).isVisible();
        List<?> cells = (List<?>) page.evaluate(EFFECT_CELLS);
        assertThat(cells).as("Effect cells at 1366 px").isNotEmpty().allSatisfy(cell -> {
            java.util.Map<?, ?> effect = (java.util.Map<?, ?>) cell;
            assertThat(effect.get("fits")).as("%s fits its cell", effect.get("text")).isEqualTo(true);
            assertThat(effect.get("inside")).as("%s lies inside the card", effect.get("text")).isEqualTo(true);
        });
        screenshot(page, "admin-customer");
    }
}
