package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A page whose CSRF token went stale says so when an htmx action is refused, instead of doing nothing. */
class StalePageBrowserTests extends BrowserTest {

    @Test
    void anActionFromAStalePageSaysToReloadIt() {
        long productId = newProduct("sports", "Stalebrand", unique("Stale Bottle"), new BigDecimal("12.00"), 5);
        page.navigate("/p/" + productId);
        assertThat(page.locator("h1")).isVisible();

        // as after signing out in another tab: the page's token no longer matches any cookie
        context.clearCookies();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();

        assertThat(page.locator("#page-notice")).containsText("Reload the page");
        assertThat(page.locator("#cart-count")).not().hasText("1");
    }
}
