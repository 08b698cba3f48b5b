package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * axe-core on every storefront and admin page, each with the data that makes its parts show (a cart line, a delivered
 * order with a return, a wishlist item, saved addresses, a promotion, a conversation, a mail): once on a desktop in
 * the light scheme and once on a phone in the dark one, so every page is checked at both sizes and in both schemes.
 * All pages are visited before the assertion, so one failure lists every page's violations.
 */
class AccessibilityTourBrowserTests extends BrowserTest {

    private static final Map<String, Object> ADDRESS = Map.of("fullName", "Grace Hopper", "line1", "1 Navy Way",
            "city", "Arlington", "region", "VA", "postalCode", "22201", "country", "US");

    @Autowired
    private OrderService orders;

    private final List<String> violations = new ArrayList<>();

    @Test
    void everyStorefrontPageHasNoAxeViolationOnADesktopInTheLightScheme() {
        storefrontTour(newContext(1280, 900, ColorScheme.LIGHT).newPage());
        assertThat(violations).isEmpty();
    }

    @Test
    void everyStorefrontPageHasNoAxeViolationOnAPhoneInTheDarkScheme() {
        storefrontTour(newContext(390, 844, ColorScheme.DARK).newPage());
        assertThat(violations).isEmpty();
    }

    @Test
    void everyAdminPageHasNoAxeViolationOnADesktopInTheLightScheme() {
        adminTour(newContext(1440, 900, ColorScheme.LIGHT).newPage());
        assertThat(violations).isEmpty();
    }

    @Test
    void everyAdminPageHasNoAxeViolationOnAPhoneInTheDarkScheme() {
        adminTour(newContext(390, 844, ColorScheme.DARK).newPage());
        assertThat(violations).isEmpty();
    }

    private void storefrontTour(Page on) {
        String brand = unique("Axebrand").replace("-", "");
        long product = newProduct("home-garden", brand, brand + " Tumbler", new BigDecimal("42.00"), 3);
        long sized = newProductWithSizes();
        Customer customer = newCustomer();
        review(customer, product, 4);
        deliveredOrderWithAReturn(customer, product);
        api.post().uri("/api/v1/users/me/addresses").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(ADDRESS).exchange().expectStatus().isCreated();

        check(on, "/");
        check(on, "/c/home-garden");
        Locator filtersButton = on.locator("summary.filters-toggle");
        if (filtersButton.isVisible()) { // on a phone, the folded filters too
            filtersButton.click();
            collect(on, "/c/home-garden with the filters open");
        }
        check(on, "/search?q=" + brand);
        check(on, "/search?q=xqzvbnm");
        check(on, "/p/" + product);
        check(on, "/p/" + sized); // the option picker, a sale price and a size out of stock
        on.locator("details.variant-availability summary").click();
        collect(on, "/p/" + sized + " with the availability table open");
        check(on, "/login");
        check(on, "/register");
        check(on, "/forgot-password");
        check(on, "/cart");
        on.navigate("/p/" + product);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(on.locator("#cart-count")).hasText("1");
        check(on, "/cart");
        check(on, "/checkout");
        // a guest's order page, reached by placing the order
        fillGuestCheckout(on, unique("axe") + "@example.com");
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
        assertThat(on.locator("#order-status")).hasText("Confirmed");
        collect(on, "the guest's order page");
        check(on, "/forgot-password/sent");
        check(on, "/reset-password?token=a-token-from-a-mail");
        check(on, "/verify-email?token=a-token-from-a-mail");

        signIn(on, customer.email(), customer.password());
        on.navigate("/p/" + product);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("♡ Save to wishlist")).click();
        long order = jdbc.sql("SELECT MAX(id) FROM orders WHERE user_id = :user").param("user", customer.id())
                .query(Long.class).single();
        check(on, "/p/" + product);
        check(on, "/cart");
        check(on, "/checkout");
        check(on, "/account");
        check(on, "/account/orders");
        check(on, "/account/orders/" + order);
        check(on, "/account/wishlist");
        check(on, "/account/addresses");
        check(on, "/account/addresses/new");
        check(on, "/account/addresses/" + jdbc.sql("SELECT MAX(id) FROM customer_addresses WHERE user_id = :user")
                .param("user", customer.id()).query(Long.class).single());
        check(on, "/account/delete");
        // the assistant's widget, opened: its panel is a part of every page, loaded when first opened
        on.locator(".chat-toggle").click();
        assertThat(on.locator("#chat-message")).isVisible();
        collect(on, "the assistant widget");
        check(on, "/p/999999999", 404);
        check(on, "/admin", 403); // a customer is refused: the 403 page
    }

    private void adminTour(Page on) {
        Customer customer = newCustomer();
        long product = newProduct("sports", new BigDecimal("19.00"), 8);
        deliveredOrderWithAReturn(customer, product);
        String admin = adminBearer();
        api.post().uri("/api/v1/admin/promotions").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("name", "Ten off", "code", unique("AXE").toUpperCase().replace("-", ""),
                        "kind", "PERCENTAGE", "value", 10))
                .exchange().expectStatus().isCreated();
        api.post().uri("/api/v1/assistant/chat").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("message", "a water bottle under $30")).exchange().expectStatus().isOk();

        signIn(on, ADMIN_EMAIL, ADMIN_PASSWORD);
        long order = newest("orders");
        long zone = newest("shipping_zones");
        long method = newest("shipping_methods");
        long rate = newest("tax_rates");
        long promotion = newest("promotions");
        check(on, "/admin");
        check(on, "/admin/products");
        check(on, "/admin/products/new");
        check(on, "/admin/products/" + product + "/edit");
        check(on, "/admin/products/" + newProductWithSizes() + "/edit");
        check(on, "/admin/products/" + product + "/delete");
        check(on, "/admin/products/import");
        check(on, "/admin/products/import/" + refusedImport(admin));
        check(on, "/admin/orders");
        check(on, "/admin/orders/" + order);
        check(on, "/admin/returns");
        check(on, "/admin/returns/" + newest("returns"));
        check(on, "/admin/customers");
        check(on, "/admin/customers/" + customer.id());
        check(on, "/admin/shipping");
        check(on, "/admin/shipping/zones/new");
        check(on, "/admin/shipping/zones/" + zone + "/edit");
        check(on, "/admin/shipping/zones/" + zone + "/delete");
        check(on, "/admin/shipping/zones/" + zone + "/methods/new");
        check(on, "/admin/shipping/methods/" + method + "/edit");
        check(on, "/admin/shipping/methods/" + method + "/delete");
        check(on, "/admin/taxes");
        check(on, "/admin/taxes/rates/new");
        check(on, "/admin/taxes/rates/" + rate + "/edit");
        check(on, "/admin/taxes/rates/" + rate + "/delete");
        check(on, "/admin/promotions");
        check(on, "/admin/promotions/new");
        check(on, "/admin/promotions/" + promotion + "/edit");
        check(on, "/admin/promotions/" + promotion + "/usage");
        check(on, "/admin/models");
        check(on, "/admin/assistant");
        check(on, "/admin/assistant/" + newest("assistant_conversations"));
        check(on, "/admin/mail");
        check(on, "/admin/mail/" + newest("mail_outbox"));
    }

    /** Opens the page, checks it is the page (or the error page it is meant to be), and collects axe's findings. */
    private void check(Page on, String path) {
        check(on, path, 200);
    }

    private void check(Page on, String path, int expected) {
        int status = on.navigate(path).status();
        assertThat(status).as(path).isEqualTo(expected);
        collect(on, path);
    }

    private void collect(Page on, String where) {
        Axe.violations(on).forEach(v -> violations.add(where + ": " + v));
    }

    private void deliveredOrderWithAReturn(Customer customer, long product) {
        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "quantity", 2)).exchange().expectStatus().isOk();
        Map<?, ?> order = api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("shippingAddress", ADDRESS)).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        long id = ((Number) order.get("id")).longValue();
        orders.changeStatus(id, OrderStatus.SHIPPED);
        orders.changeStatus(id, OrderStatus.DELIVERED);
        api.post().uri("/api/v1/orders/{id}/returns", id).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("lines", List.of(Map.of("productId", product, "quantity", 1)), "reason", "WRONG_SIZE"))
                .exchange().expectStatus().isCreated();
    }

    /** A catalog import whose file has an error: its page shows the progress and the report of errors. */
    private long refusedImport(String admin) {
        org.springframework.util.MultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentDispositionFormData("file", "axe.csv");
        form.add("file", new org.springframework.http.HttpEntity<>("Handle,Title,Variant Price\naxe-mug,,cheap\n".getBytes(), part));
        Map<?, ?> run = api.post().uri("/api/v1/admin/products/imports").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        long id = ((Number) run.get("id")).longValue();
        org.awaitility.Awaitility.await().until(() -> jdbc.sql("SELECT status FROM product_import_runs WHERE id = :id")
                .param("id", id).query(String.class).single().equals("FAILED"));
        return id;
    }

    private long newest(String table) {
        return jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single();
    }
}
