package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A checkout the server refuses puts the focus on an error summary at the top of the page (the GOV.UK pattern), which
 * a screen reader reads out and whose links take the focus to the fields, on a phone and on a desktop; the summary
 * itself passes axe.
 */
class CheckoutErrorSummaryBrowserTests extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"390, 844", "1280, 900"})
    void aCheckoutWithMissingFieldsFocusesAnErrorSummaryThatLinksToTheFields(int width, int height) {
        Page guest = guestWithACart(width, height);
        guest.locator("#line1").fill("1 Infinite Loop");
        guest.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();

        Locator summary = guest.locator("#error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.ALERT)).containsText("Your order was not placed");
        // it comes first in the page, before every field
        assertThat(summary.boundingBox().y).isLessThan(guest.locator("#email").boundingBox().y);
        Locator links = summary.locator("a");
        assertThat(links.first()).hasAttribute("href", "#email");
        assertThat(links.first()).hasText("Enter your e-mail address: we send the order's news there.");
        assertThat(summary.locator("a[href='#fullName']")).isVisible();
        assertThat(summary.locator("a[href='#line1']")).hasCount(0);
        assertThat(Axe.violations(guest)).isEmpty();
        screenshot(guest, "checkout-error-summary-" + width);

        summary.locator("a[href='#fullName']").click();
        assertThat(guest.locator("#fullName")).isFocused();
    }

    @ParameterizedTest
    @CsvSource({"390, 844", "1280, 900"})
    void aDeclinedPaymentFocusesTheSummaryWithTheReason(int width, int height) {
        Page guest = guestWithACart(width, height);
        fillGuestCheckout(guest, unique("summary") + "@example.com");
        guest.locator("#card").selectOption("declined");
        guest.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();

        Locator summary = guest.locator("#error-summary");
        assertThat(summary).isFocused();
        assertThat(summary).containsText("Your payment was declined");
        assertThat(guest.locator("#fullName")).hasValue("Grace Guest");
    }

    private Page guestWithACart(int width, int height) {
        long product = newProduct("home-garden", new BigDecimal("42.00"), 5);
        Page guest = newContext(width, height).newPage();
        guest.navigate("/p/" + product);
        guest.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(guest.locator("#cart-count")).hasText("1");
        guest.navigate("/checkout");
        return guest;
    }
}
