package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.aisle.media.TestImages;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sizes and colours in a real browser: the admin creates a product with two options and three variants in the product
 * form and uploads its picture, a customer picks a size and colour on the product page (price, stock and the out-of-stock values follow the
 * choice), buys it, and the admin sees that variant's stock go down and no other's.
 */
class VariantBrowserTests extends BrowserTest {

    @Test
    void theAdminCreatesSizesAndColoursAndACustomerBuysOneWhoseStockThenFalls() {
        String sku = unique("HOODIE").toUpperCase().replace("-", "");
        String name = "Hoodie " + sku;
        BrowserContext adminBrowser = newContext(1440, 900);
        Page admin = adminBrowser.newPage();
        signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.navigate("/admin/products/new");
        admin.locator("#sku").fill(sku);
        admin.locator("#category").selectOption("clothing");
        admin.locator("#name").fill(name);
        admin.locator("#brand").fill("Testbrand");
        admin.locator("#price").fill("40.00");
        admin.locator("#description").fill("A warm hoodie in two sizes and two colours.");
        admin.locator("#option-name-0").fill("Size");
        admin.locator("#option-name-1").fill("Colour");
        String[][] rows = {{"M", "Grey", "40.00", "", "3"}, {"M", "Navy", "40.00", "", "0"},
                {"L", "Grey", "44.00", "55.00", "2"}};
        for (int i = 0; i < rows.length; i++) {
            admin.getByLabel("Variant " + (i + 1) + " SKU", new Page.GetByLabelOptions().setExact(true))
                    .fill(sku + "-" + rows[i][0] + rows[i][1].charAt(0));
            admin.getByLabel("Variant " + (i + 1) + " option 1", new Page.GetByLabelOptions().setExact(true)).fill(rows[i][0]);
            admin.getByLabel("Variant " + (i + 1) + " option 2", new Page.GetByLabelOptions().setExact(true)).fill(rows[i][1]);
            admin.getByLabel("Variant " + (i + 1) + " price", new Page.GetByLabelOptions().setExact(true)).fill(rows[i][2]);
            admin.getByLabel("Variant " + (i + 1) + " compare-at price", new Page.GetByLabelOptions().setExact(true)).fill(rows[i][3]);
            admin.getByLabel("Variant " + (i + 1) + " stock", new Page.GetByLabelOptions().setExact(true)).fill(rows[i][4]);
        }
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create product")).click();
        assertThat(admin).hasURL(Pattern.compile("/admin/products/\\d+/edit"));
        assertThat(admin.locator("#current-stock")).hasText("5");
        long product = Long.parseLong(admin.url().replaceAll(".*/admin/products/(\\d+)/edit.*", "$1"));
        // and a picture of it
        admin.getByLabel("Add pictures (JPEG, PNG, GIF or BMP)").setInputFiles(
                new FilePayload("hoodie.jpg", "image/jpeg", TestImages.jpeg(900, 900, 7)));
        admin.getByLabel("Alt text (optional)").fill("The hoodie in grey");
        admin.locator("#picture-upload button[type=submit]").click();
        assertThat(admin.locator(".picture-list > li")).hasCount(1);

        // the listing says "from" the lowest price
        page.navigate("/search?q=" + sku);
        assertThat(page.locator(".product-card .price").first()).containsText("from $40.00");

        // the product page: the first combination in stock is chosen; choices move price and stock
        page.navigate("/p/" + product);
        assertThat(page.locator(".product-image img").first()).hasAttribute("alt", "The hoodie in grey");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("M")).first()).isChecked();
        assertThat(page.locator("#variant-stock")).hasText("Only 3 left");
        choose("Navy");
        assertThat(page.locator("#variant-stock")).hasText("Out of stock");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart"))).isDisabled();
        choose("L");
        // L comes only in grey: the navy choice says so and L / Navy is not sold
        assertThat(page.locator("#variant-stock")).hasText("This combination is not sold");
        choose("Grey");
        assertThat(page.locator("#variant-price")).containsText("$44.00");
        assertThat(page.locator("#variant-price s")).containsText("$55.00");
        assertThat(page.locator("#variant-stock")).hasText("Only 2 left");
        assertThat(page.locator("label.option-choice.unavailable")).hasText(Pattern.compile("Navy"));
        screenshot(page, "storefront-variant-picker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(page.locator("#cart-count")).hasText("1");

        page.navigate("/cart");
        assertThat(page.locator(".cart-line .variant-title")).hasText("L / Grey");
        page.navigate("/checkout");
        page.locator("[name=email]").fill(unique("hoodie") + "@example.com");
        page.locator("[name=fullName]").fill("Vera Variant");
        page.locator("[name=line1]").fill("1 Main St");
        page.locator("[name=city]").fill("Springfield");
        page.locator("[name=postalCode]").fill("62701");
        page.locator("select#region").selectOption("IL");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
        assertThat(page).hasURL(Pattern.compile("/orders/[A-Za-z0-9_-]{43}"));
        assertThat(page.locator("main")).containsText("(L / Grey)");

        // the admin's product page: 4 left in all, L / Grey down to 1
        admin.reload();
        assertThat(admin.locator("#current-stock")).hasText("4");
        assertThat(admin.locator("#variantId option", new Page.LocatorOptions().setHasText("L / Grey"))).containsText(": 1");
        assertThat(admin.locator("#variantId option", new Page.LocatorOptions().setHasText("M / Grey"))).containsText(": 3");
        adminBrowser.close();
    }

    /** Clicks the value in the picker's option groups (the availability table names it too). */
    private void choose(String value) {
        page.locator("fieldset.option-group").getByText(value, new Locator.GetByTextOptions().setExact(true)).click();
    }
}
