package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The storefront on a phone (390 × 844) against a desktop (1280 × 900): the category filters fold behind a button
 * (also without JavaScript), the product page keeps its price and Add to cart on screen wherever the page is
 * scrolled, and the "Ask Aisle" launcher never lies over a form field (on a tablet either).
 */
class PhoneLayoutBrowserTests extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void theCategoryFiltersFoldBehindAButtonOnAPhoneAndAreOpenOnADesktop() {
        Page phone = newContext(PHONE_WIDTH, PHONE_HEIGHT).newPage();
        phone.navigate("/c/home-garden");
        Locator toggle = phone.locator("summary.filters-toggle");
        assertThat(toggle).isVisible();
        assertThat(phone.locator("#sort")).isHidden();
        assertThat(phone.locator("#filters-disclosure")).not().hasAttribute("open", "");
        toggle.click();
        assertThat(phone.locator("#filters-disclosure")).hasAttribute("open", "");
        phone.locator("#sort").selectOption("price_asc");
        assertThat(phone).hasURL(java.util.regex.Pattern.compile("sort=price_asc"));
        screenshot(phone, "phone-category-filters-open");

        page.navigate("/c/home-garden");
        assertThat(page.locator("#sort")).isVisible();
        assertThat(page.locator("summary.filters-toggle")).isHidden();
    }

    @Test
    void theFiltersButtonWorksWithoutJavaScript() {
        try (BrowserContext noScript = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setJavaScriptEnabled(false).setBaseURL(base()))) {
            Page phone = noScript.newPage();
            phone.navigate("/c/home-garden");
            assertThat(phone.locator("#sort")).isHidden();
            phone.locator("summary.filters-toggle").click();
            assertThat(phone.locator("#sort")).isVisible();
        }
    }

    @Test
    void theProductPageKeepsThePriceAndAddToCartOnScreenOnAPhone() {
        long product = newProduct("home-garden", new BigDecimal("42.00"), 3);
        Page phone = newContext(PHONE_WIDTH, PHONE_HEIGHT).newPage();
        phone.navigate("/p/" + product);
        Locator price = phone.locator(".price-large");
        Locator addToCart = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart"));
        for (String scroll : List.of("0", "document.body.scrollHeight / 2", "document.body.scrollHeight")) {
            phone.evaluate("window.scrollTo(0, " + scroll + ")");
            assertOnScreen(phone, price, "price at scroll " + scroll);
            assertOnScreen(phone, addToCart, "Add to cart at scroll " + scroll);
        }
        screenshot(phone, "phone-product-buy-bar");
        addToCart.click();
        assertThat(phone.locator("#cart-count")).hasText("1");

        // on a desktop the price stays where it is in the page
        page.navigate("/p/" + product);
        assertThat(Contrast.style(page.locator(".buy-bar"), "position")).isEqualTo("static");
    }

    @Test
    void aProductSoldInSizesKeepsItsSizesInThePageAndTheChosenPriceInTheBarOnAPhone() {
        long product = newProductWithSizes();
        Page phone = newContext(PHONE_WIDTH, PHONE_HEIGHT).newPage();
        phone.navigate("/p/" + product);
        Locator medium = phone.locator(".option-choice", new Page.LocatorOptions().setHasText("M")).first();
        medium.scrollIntoViewIfNeeded();
        medium.click();
        phone.evaluate("window.scrollTo(0, document.body.scrollHeight)");
        Locator price = phone.locator("#variant-price");
        assertThat(price).containsText("$20.00");
        assertOnScreen(phone, price, "the chosen size's price");
        assertOnScreen(phone, phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")),
                "Add to cart");
        // the sizes are not in the bar: it stays small, and they scroll with the page
        assertThat(phone.locator(".buy-bar .option-group")).hasCount(0);
        assertThat(phone.locator(".buy-bar").boundingBox().height).isLessThan(PHONE_HEIGHT / 4.0);
        screenshot(phone, "phone-product-sizes-buy-bar");
    }

    @ParameterizedTest
    @CsvSource({"390, 844", "768, 1024"})
    void askAisleNeverLiesOverAFormFieldOnAPhoneOrATablet(int width, int height) {
        long product = newProduct("home-garden", new BigDecimal("42.00"), 3);
        Page phone = newContext(width, height).newPage();
        phone.navigate("/p/" + product);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(phone.locator("#cart-count")).hasText("1");
        List<String> overlaps = new ArrayList<>();
        for (String path : List.of("/checkout", "/login", "/register", "/cart", "/p/" + product)) {
            phone.navigate(path);
            overlaps.addAll(launcherOverlaps(phone, path));
        }
        Customer customer = newCustomer();
        signIn(phone, customer.email(), customer.password());
        phone.navigate("/checkout");
        overlaps.addAll(launcherOverlaps(phone, "/checkout signed in"));
        assertThat(overlaps).isEmpty();
        // and it is still there to use, at the end of the page
        phone.locator(".chat-toggle").scrollIntoViewIfNeeded();
        phone.locator(".chat-toggle").click();
        assertThat(phone.locator("#chat-message")).isVisible();
    }

    /** Scrolls the page to the top, to each field and to the bottom, and lists every field the launcher covers. */
    private static List<String> launcherOverlaps(Page phone, String path) {
        Locator launcher = phone.locator(".chat-toggle");
        Locator fields = phone.locator("main input:visible, main select:visible, main textarea:visible");
        assertThat(fields.count()).as("fields on " + path).isPositive();
        List<String> overlaps = new ArrayList<>();
        List<Runnable> scrolls = new ArrayList<>();
        scrolls.add(() -> phone.evaluate("window.scrollTo(0, 0)"));
        for (int i = 0; i < fields.count(); i++) {
            Locator field = fields.nth(i);
            scrolls.add(field::scrollIntoViewIfNeeded);
        }
        scrolls.add(() -> phone.evaluate("window.scrollTo(0, document.body.scrollHeight)"));
        for (Runnable scroll : scrolls) {
            scroll.run();
            BoundingBox button = launcher.boundingBox();
            for (int i = 0; i < fields.count(); i++) {
                BoundingBox field = fields.nth(i).boundingBox();
                if (field != null && button != null && intersect(button, field)) {
                    overlaps.add(path + ": the launcher covers " + fields.nth(i).getAttribute("name"));
                }
            }
        }
        return overlaps;
    }

    private static boolean intersect(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    private static void assertOnScreen(Page phone, Locator element, String what) {
        BoundingBox box = element.boundingBox();
        assertThat(box).as(what).isNotNull();
        assertThat(box.y).as(what).isBetween(0.0, PHONE_HEIGHT - box.height);
        // and nothing lies on top of it: the topmost element at its centre is it or inside it
        Object onTop = element.evaluate("e => { const r = e.getBoundingClientRect();"
                + " const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                + " return e === top || e.contains(top); }");
        assertThat(onTop).as(what + " is not covered").isEqualTo(true);
    }
}
