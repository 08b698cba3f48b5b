package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Opens every main page in a real browser, on a desktop and on a phone-sized window, checks that it
 * rendered (its heading, no error page) and saves a screenshot of it under target/screenshots.
 */
class PageTourBrowserTests extends BrowserTest {

    @Test
    void everyStorefrontPageRendersOnAPhone() {
        long productId = newProduct("home-garden", new BigDecimal("42.00"), 3);
        Page phone = newContext(390, 844).newPage();
        visit(phone, "/", "phone-home", "Everything you need");
        visit(phone, "/c/home-garden", "phone-category", "Home & Garden");
        visit(phone, "/search?q=tumbler", "phone-search", "tumbler");
        visit(phone, "/p/" + productId, "phone-product", "Only 3 left");
        visit(phone, "/cart", "phone-cart", "cart");
        Customer customer = newCustomer();
        signIn(phone, customer.email(), customer.password());
        visit(phone, "/account", "phone-account", "Your account");
        visit(phone, "/account/orders", "phone-orders", "Orders");
        visit(phone, "/account/wishlist", "phone-wishlist", "Wishlist");
    }

    @Test
    void everyAdminPageRendersOnADesktop() {
        Page admin = newContext(1440, 900).newPage();
        signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
        visit(admin, "/admin/products", "admin-products", "Products");
        visit(admin, "/admin/products/new", "admin-product-new", "New product");
        visit(admin, "/admin/orders", "admin-orders", "Orders");
        visit(admin, "/admin/customers", "admin-customers", "Customers");
        visit(admin, "/admin/models", "admin-models", "Models");
        visit(admin, "/admin/shipping", "admin-shipping", "Rest of world");
    }

    private void visit(Page on, String path, String screenshot, String expected) {
        on.navigate(path);
        assertThat(on.locator("main")).containsText(expected);
        assertThat(on.locator("body")).not().containsText("Something went wrong");
        screenshot(on, screenshot);
    }
}
