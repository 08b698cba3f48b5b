package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.aisle.PublishedEvents;
import io.aisle.identity.PasswordResetRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Forgot password?" in a real browser: the link from the mail sets a new password and signs out everywhere. */
class PasswordResetBrowserTests extends BrowserTest {

    @RegisterExtension
    final PublishedEvents events = new PublishedEvents();

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkAndOtherDevicesAreSignedOut() {
        Customer customer = newCustomer();
        BrowserContext phone = newContext(390, 844);
        Page onPhone = phone.newPage();
        signIn(onPhone, customer.email(), customer.password());

        page.navigate("/login");
        page.locator("#forgot-password-link").click();
        page.getByLabel("Email").fill(customer.email());
        page.locator("#forgot-password-form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Check your inbox");

        String token = events.of(PasswordResetRequested.class).stream()
                .filter(event -> event.userId() == customer.id()).findFirst().orElseThrow().token();
        page.navigate("/reset-password?token=" + token);
        page.getByLabel("New password (8 characters or more)").fill("a-brand-new-password");
        page.getByLabel("New password again").fill("a-brand-new-password");
        page.locator("#reset-password-form button[type=submit]").click();

        assertThat(page.locator("#password-reset")).containsText("Sign in with your new password");
        signIn(page, customer.email(), "a-brand-new-password");
        page.navigate("/account");
        assertThat(page.locator("main")).containsText(customer.email());
        onPhone.navigate("/account");
        assertThat(onPhone).hasURL(base() + "/login?ended");
        phone.close();
    }
}
