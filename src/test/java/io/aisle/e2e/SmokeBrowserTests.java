package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeBrowserTests extends BrowserTest {

    @Test
    void homePageRendersWithStylesAndTheCategoryNavigation() {
        page.navigate("/");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Categories"))).containsText("Electronics");
        assertThat(page.locator("#cart-count")).hasText("0");
        screenshot(page, "smoke-home");
    }
}
