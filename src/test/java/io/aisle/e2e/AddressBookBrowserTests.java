package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address book in a real browser: the region field follows the country, and a saved address is the default. */
class AddressBookBrowserTests extends BrowserTest {

    @Test
    void theRegionMenuFollowsTheCountryAndTheSavedAddressBecomesTheDefault() {
        Customer customer = newCustomer();
        signIn(page, customer.email(), customer.password());
        page.navigate("/account");
        page.locator("#address-book-link").click();
        page.locator("#add-address").click();

        page.getByLabel("Country").selectOption("DE");
        assertThat(page.locator("#region-field input#region")).isVisible();
        page.getByLabel("Country").selectOption("CA");
        assertThat(page.locator("#region-field select#region option[value=QC]")).hasCount(1);

        page.getByLabel("Recipient").fill("Ada Lovelace");
        page.locator("#line1").fill("1 Rue Sainte-Catherine");
        page.getByLabel("City").fill("Montréal");
        page.getByLabel("Postal code").fill("h2x1y4");
        page.locator("select#region").selectOption("QC");
        page.locator("#address-form button[type=submit]").click();

        assertThat(page.locator(".alert-ok")).hasText("The address is saved.");
        assertThat(page.locator(".address-list li").first()).containsText("Default address");
        assertThat(page.locator(".address-list li").first()).containsText("H2X 1Y4 Montréal, QC");
        screenshot(page, "address-book");
    }
}
