package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The header search in a real browser: suggestions appear as the customer types (an ARIA combobox and
 * listbox), can be picked with the mouse or the keyboard, and a misspelt search still finds what was meant.
 */
class SearchSuggestionsBrowserTests extends BrowserTest {

    @Test
    void typingInTheHeaderSearchSuggestsProductsAndPickingOneOpensIt() {
        page.navigate("/");
        Locator search = page.getByRole(AriaRole.COMBOBOX, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Search products"));
        search.pressSequentially("quietcom", new Locator.PressSequentiallyOptions().setDelay(40));

        Locator option = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("QuietComfort Ultra"));
        assertThat(option).isVisible();
        assertThat(search).hasAttribute("aria-expanded", "true");
        screenshot(page, "search-suggestions");
        option.click();

        assertThat(page).hasURL(Pattern.compile("/p/\\d+$"));
        assertThat(page.locator("h1")).hasText("QuietComfort Ultra Headphones");
    }

    @Test
    void theKeyboardPicksACategorySuggestionAndEscapeClosesTheList() {
        page.navigate("/");
        Locator search = page.locator("#site-search");
        search.pressSequentially("electr", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator category = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Category"));
        assertThat(category).isVisible();

        search.press("Escape");
        assertThat(page.getByRole(AriaRole.LISTBOX)).isHidden();
        assertThat(search).hasAttribute("aria-expanded", "false");

        search.press("Backspace");
        assertThat(category).isVisible();
        int options = page.getByRole(AriaRole.OPTION).count();
        for (int i = 0; i < options; i++) {
            search.press("ArrowDown");
            if ("true".equals(category.getAttribute("aria-selected"))) {
                break;
            }
        }
        assertThat(search).hasAttribute("aria-activedescendant", category.getAttribute("id"));
        search.press("Enter");

        assertThat(page).hasURL(Pattern.compile("/c/electronics$"));
    }

    @Test
    void aMisspeltSearchFindsTheProductAndOffersTheRightSpelling() {
        page.navigate("/");
        page.locator("#site-search").fill("hedphones");
        page.locator("#site-search").press("Enter");

        assertThat(page).hasURL(Pattern.compile("/search\\?q=hedphones"));
        assertThat(page.locator(".product-card").filter(new Locator.FilterOptions().setHasText("WH-1000XM5")).first()).isVisible();
        assertThat(page.locator(".did-you-mean a")).hasText("headphones");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Narrow the results")).getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("Bose"))).isVisible();
        screenshot(page, "search-misspelt-with-facets");
    }
}
