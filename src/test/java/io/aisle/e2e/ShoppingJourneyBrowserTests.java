package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A guest finds a product, fills a cart, signs up (the cart comes along), checks out and sees the order;
 * an admin ships it with a carrier and tracking number, and the customer's open order page shows SHIPPED and
 * the tracking link without a reload.
 */
class ShoppingJourneyBrowserTests extends BrowserTest {

    @Test
    void guestShopsSignsUpChecksOutAndSeesTheOrderShippedLive() {
        String brand = unique("Journeybrand").replace("-", "");
        long productId = newProduct("sports", brand, brand + " Trail Runner", new BigDecimal("64.00"), 12);

        // browse: home, a category with filters kept in the URL, then search
        page.navigate("/");
        screenshot(page, "storefront-home");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Categories"))
                .getByText("Sports").click();
        assertThat(page).hasURL(Pattern.compile("/c/sports"));
        page.locator("#minPrice").fill("60");
        page.locator("#inStock").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page).hasURL(Pattern.compile("minPrice=60"));
        assertThat(page.locator("#results")).not().containsText("$9.99");
        screenshot(page, "storefront-category");

        page.locator("#site-search").fill(brand);
        page.locator("#site-search").press("Enter");
        assertThat(page.locator("#results")).containsText(brand);
        page.locator("#results .product-card a.name[href='/p/" + productId + "']").click();

        // product page: add two to the cart
        assertThat(page.locator("h1")).isVisible();
        page.locator("#quantity").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(page.locator("#cart-count")).hasText("2");
        screenshot(page, "storefront-product");

        // sign up: the guest cart merges into the new account
        String email = unique("journey") + "@example.com";
        page.navigate("/register");
        page.locator("[name=fullName]").fill("Journey Customer");
        page.locator("[name=email]").fill(email);
        page.locator("[name=password]").fill("journey-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("#cart-count")).hasText("2");

        page.navigate("/cart");
        assertThat(page.locator("main")).containsText(brand);
        screenshot(page, "storefront-cart");

        // checkout
        page.navigate("/checkout");
        page.locator("[name=fullName]").fill("Journey Customer");
        page.locator("[name=line1]").fill("1 Test Street");
        page.locator("[name=city]").fill("Springfield");
        page.locator("[name=postalCode]").fill("62701");
        // the shop's home country comes chosen, with its state menu
        assertThat(page.locator("#country")).hasValue("US");
        page.locator("select#region").selectOption("IL");
        screenshot(page, "storefront-checkout");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
        assertThat(page).hasURL(Pattern.compile("/account/orders/\\d+"));
        assertThat(page.locator("#order-status")).hasText("Confirmed");
        screenshot(page, "storefront-order");
        String orderId = page.url().replaceAll(".*/account/orders/(\\d+).*", "$1");

        // the admin ships it in another browser; the customer's page follows without a reload
        BrowserContext adminBrowser = newContext(1440, 900);
        Page admin = adminBrowser.newPage();
        signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.navigate("/admin/orders");
        admin.locator("#q").fill("#" + orderId);
        assertThat(admin.locator("#orders-table tbody tr")).hasCount(1);
        assertThat(admin.locator("#order-" + orderId)).isVisible();
        screenshot(admin, "admin-orders");
        admin.locator("#order-" + orderId + " a").first().click();
        assertThat(admin).hasURL(Pattern.compile("/admin/orders/" + orderId));
        screenshot(admin, "admin-order-to-ship");
        admin.locator("#ship-form [name=carrier]").selectOption("UPS");
        admin.locator("#ship-form [name=trackingNumber]").fill("1Z 999 AA1 01 2345 6784");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ship")).click();
        // once shipped, delivering is the only move left
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deliver"))).isVisible();
        screenshot(admin, "admin-order");
        adminBrowser.close();

        assertThat(page.locator("#order-status")).hasText("Shipped");
        assertThat(page.locator("#order-status-note")).containsText("on its way with UPS");
        assertThat(page.locator("#order-tracking a")).hasAttribute("href",
                "https://www.ups.com/track?tracknum=1Z999AA10123456784");
        screenshot(page, "storefront-order-shipped");
    }
}
