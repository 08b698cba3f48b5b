package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.aisle.productcsv.ShopifyCsvFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin's import page in a real browser: upload a Shopify CSV of 1,000 products with variants, watch the
 * progress bar move while the run is written (htmx polls the run), and read the outcome; a file with errors shows
 * its report, row by row.
 */
class ProductImportBrowserTests extends BrowserTest {

    /** Records every value the progress bar takes; htmx replaces the whole run section on each poll. */
    private static final String WATCH_PROGRESS = """
            () => {
              window.stillTheSamePage = true;
              window.progressSeen = [];
              new MutationObserver(() => {
                const bar = document.querySelector('#import-bar');
                if (bar) { window.progressSeen.push(Number(bar.getAttribute('value'))); }
              }).observe(document.querySelector('main'), { childList: true, subtree: true, attributes: true });
            }""";

    private void upload(String csv, String filename) {
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/products");
        page.locator("#import-products").click();
        page.getByLabel("Product CSV (UTF-8, at most 20 MiB)").setInputFiles(
                new FilePayload(filename, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#start-import").click();
        page.waitForURL("**/admin/products/import/*");
    }

    @Test
    void importsAThousandProductsWithVariantsWhileTheProgressBarMovesToTheEnd() {
        String prefix = unique("web").toLowerCase();

        upload(ShopifyCsvFiles.tees(prefix, 1000), "thousand-tees.csv");
        page.evaluate(WATCH_PROGRESS);

        page.waitForFunction("() => document.querySelector('#import-status')?.textContent === 'succeeded'", null,
                new Page.WaitForFunctionOptions().setTimeout(240_000));
        assertThat(page.locator("#import-bar")).hasAttribute("value", "100");
        assertThat(page.locator("#import-outcome")).hasText("Imported 1000 products from 3000 rows: 1000 created, 0 updated.");
        List<?> seen = (List<?>) page.evaluate("() => window.progressSeen");
        assertThat(seen).as("progress values shown").hasSizeGreaterThan(2)
                .anySatisfy(value -> assertThat(((Number) value).intValue()).isBetween(11, 99));
        assertThat(page.evaluate("() => window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM product_handles WHERE handle LIKE :h").param("h", prefix + "-tee-%")
                .query(Long.class).single()).isEqualTo(1000);
        screenshot(page, "admin-product-import");
    }

    @Test
    void aFileWithErrorsShowsEachErrorWithItsRowAndColumnAndImportsNothing() {
        String prefix = unique("webbad").toLowerCase();
        String csv = ShopifyCsvFiles.tees(prefix, 3).replace(",Acme Apparel,", ",,");

        upload(csv, "bad.csv");

        assertThat(page.locator("#import-status")).hasText("failed");
        assertThat(page.locator("#import-outcome")).hasText("The file has errors; nothing was imported.");
        assertThat(page.locator("#import-errors tbody tr")).hasCount(3);
        assertThat(page.locator("#import-errors tbody tr").first()).containsText("2");
        assertThat(page.locator("#import-errors tbody tr").first()).containsText("Vendor");
        assertThat(page.locator("#import-errors tbody tr").first()).containsText("is required");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM product_handles WHERE handle LIKE :h").param("h", prefix + "-%")
                .query(Long.class).single()).isZero();
    }
}
