package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The checkout a real shop needs, in a real browser: a guest adds two products, enters an address, picks Express,
 * applies a code, sees tax and savings, places the order; the admin finds it by e-mail and ships it with a
 * tracking number; the guest's open order page shows the tracking link without a reload.
 */
class GuestCheckoutBrowserTests extends BrowserTest {

    @Test
    void aGuestChecksOutWithExpressACodeAndTaxAndFollowsTheParcelLive() {
        String brand = unique("Guestbrand").replace("-", "");
        long shoes = newProduct("sports", brand, brand + " Road Shoes", new BigDecimal("80.00"), 10);
        long socks = newProduct("sports", brand, brand + " Running Socks", new BigDecimal("20.00"), 10);
        String code = unique("SAVE").toUpperCase().replace("-", "");
        api.post().uri("/api/v1/admin/promotions").header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("name", "Ten off", "code", code, "kind", "PERCENTAGE", "value", 10)).exchange()
                .expectStatus().isCreated();
        int rate = api.post().uri("/api/v1/admin/taxes/rates").header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("country", "US", "region", "CA", "taxClass", "standard", "name", "CA sales tax", "rate",
                        new BigDecimal("0.0725")))
                .exchange().returnResult(Map.class).getStatus().value(); // 409: the demo seeded it already
        org.assertj.core.api.Assertions.assertThat(rate).isIn(201, 409);

        // a guest fills the cart from the product pages
        long[] products = {shoes, socks};
        for (int i = 0; i < products.length; i++) {
            page.navigate("/p/" + products[i]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
            assertThat(page.locator("#cart-count")).hasText(Integer.toString(i + 1));
        }

        // checkout: e-mail, address (the state menu follows the country), Express, a code
        page.navigate("/checkout");
        String email = unique("guest") + "@example.com";
        page.locator("[name=email]").fill(email);
        page.locator("[name=fullName]").fill("Grace Guest");
        page.locator("[name=line1]").fill("1 Infinite Loop");
        page.locator("[name=city]").fill("Cupertino");
        page.locator("[name=postalCode]").fill("95014");
        // the shop's home country comes chosen, with its state menu
        assertThat(page.locator("#country")).hasValue("US");
        page.locator("select#region").selectOption("CA");
        assertThat(page.locator("#checkout-tax-0")).containsText("$");
        page.getByLabel(Pattern.compile("Express")).check();
        assertThat(page.locator("#checkout-shipping")).hasText("$14.99");
        page.locator("#promotionCode").fill(code);
        page.locator("#apply-code").click();
        // 10 % of 100.00 = 10.00 off; CA tax on 90.00 = 6.53; 100.00 − 10.00 + 14.99 + 6.53
        assertThat(page.locator("#checkout-discount-0")).hasText("−$10.00");
        assertThat(page.locator("#checkout-tax-0")).hasText("$6.53");
        assertThat(page.locator("#checkout-savings")).hasText("$10.00");
        assertThat(page.locator("#checkout-total")).hasText("$111.52");
        screenshot(page, "storefront-guest-checkout");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
        assertThat(page).hasURL(Pattern.compile("/orders/[A-Za-z0-9_-]{43}"));
        assertThat(page.locator("#order-status")).hasText("Confirmed");
        assertThat(page.locator("#order-total")).hasText("$111.52");
        screenshot(page, "storefront-guest-order");

        // the admin finds the order by the guest's e-mail and ships it with a tracking number
        BrowserContext adminBrowser = newContext(1440, 900);
        Page admin = adminBrowser.newPage();
        signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.navigate("/admin/orders");
        admin.locator("#q").fill(email);
        assertThat(admin.locator("#orders-table tbody tr")).hasCount(1);
        admin.locator("#orders-table tbody tr a").first().click();
        assertThat(admin).hasURL(Pattern.compile("/admin/orders/\\d+"));
        admin.locator("#ship-form [name=carrier]").selectOption("UPS");
        admin.locator("#ship-form [name=trackingNumber]").fill("1Z 999 AA1 01 2345 6784");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ship")).click();
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deliver"))).isVisible();
        adminBrowser.close();

        // the guest's page, open all along, follows
        assertThat(page.locator("#order-status")).hasText("Shipped");
        assertThat(page.locator("#order-tracking a")).hasAttribute("href",
                "https://www.ups.com/track?tracknum=1Z999AA10123456784");
        screenshot(page, "storefront-guest-order-shipped");
    }
}
