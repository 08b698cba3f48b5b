package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import io.aisle.media.MediaFixtures;
import io.aisle.media.TestImages;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An admin uploads, orders and describes a product's pictures; the shop shows them in responsive sizes. */
class ProductMediaBrowserTests extends BrowserTest {

    @Test
    void anAdminUploadsPicturesThatTheShopShowsInResponsiveSizesAndSquareCards() {
        String name = unique("Trail camera");
        long productId = newProduct("electronics", "Lumo", name, new BigDecimal("89.00"), 4);
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/products/" + productId + "/edit");

        page.getByLabel("Add pictures (JPEG, PNG, GIF or BMP)").setInputFiles(new FilePayload[] {
                new FilePayload("wide.jpg", "image/jpeg", TestImages.jpeg(1000, 500, 1)),
                new FilePayload("tall.jpg", "image/jpeg", TestImages.jpeg(500, 900, 2)) });
        page.getByLabel("Alt text (optional)").fill("The camera on a tree");
        page.locator("#picture-upload button[type=submit]").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Uploaded 2 pictures.");
        Locator pictures = page.locator(".picture-list > li");
        assertThat(pictures).hasCount(2);
        String second = pictures.nth(1).getAttribute("id");
        page.getByLabel("Move picture 2 up").click();
        assertThat(page.locator(".picture-list > li").first()).hasAttribute("id", second);
        page.getByLabel("Alt text of picture 1").fill("The camera from the front");
        page.locator(".picture-list > li").first().getByText("Save text").click();
        assertThat(page.getByLabel("Alt text of picture 1")).hasValue("The camera from the front");

        page.navigate("/p/" + productId);
        Locator main = page.locator(".product-image > img");
        assertThat(main).hasAttribute("alt", "The camera from the front");
        assertThat(main).hasAttribute("srcset", java.util.regex.Pattern.compile("-200\\.jpg 200w, .*-500\\.jpg 500w"));
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", main.elementHandle());
        assertThat((String) main.evaluate("img => img.currentSrc")).contains("/media/products/" + productId + "/");
        assertThat(page.locator(".product-thumbs img")).hasCount(1);
        screenshot(page, "product-page-with-pictures");
        page.waitForResponse(response -> response.url().endsWith("/cart/items"),
                () -> page.locator("#add-to-cart button[type=submit]").click());
        page.navigate("/cart");
        assertThat(page.locator(".cart-line:has(a[href='/p/" + productId + "']) img"))
                .hasAttribute("src", java.util.regex.Pattern.compile("^/media/products/" + productId + "/.*-200\\.jpg$"));

        for (int[] size : new int[][] { { 390, 844 }, { 1280, 900 } }) {
            BrowserContext screen = newContext(size[0], size[1]);
            Page search = screen.newPage();
            search.navigate("/search?q=" + name.replace(" ", "+"));
            Locator card = search.locator(".product-card img").first();
            assertThat(card).hasAttribute("srcset", java.util.regex.Pattern.compile("200w"));
            BoundingBox box = card.boundingBox();
            assertThat(box.height).as("card picture height at %d px wide", size[0]).isCloseTo(box.width, within(2.0));
            screen.close();
        }
    }

    @Test
    void pickingAVariantShowsItsPictureWithAndWithoutJavaScript() {
        String admin = adminBearer();
        long shirt = MediaFixtures.productWithSizes(api, admin, unique("Shirt"), "S", "M");
        long medium = MediaFixtures.variantIds(api, admin, shirt).get(1);
        String general = (String) MediaFixtures.upload(api, admin, shirt, null, TestImages.jpeg(600, 600, 71))
                .expectStatus().isCreated().expectBody(java.util.Map.class).returnResult().getResponseBody().get("src");
        String ofMedium = (String) MediaFixtures.upload(api, admin, shirt, medium, TestImages.jpeg(600, 600, 72))
                .expectStatus().isCreated().expectBody(java.util.Map.class).returnResult().getResponseBody().get("src");

        page.navigate("/p/" + shirt);
        Locator main = page.locator(".product-image > img");
        assertThat(main).hasAttribute("src", general);
        page.locator("label", new Page.LocatorOptions().setHasText("M")).locator("input[type=radio]").check();
        assertThat(main).hasAttribute("src", ofMedium);
        page.locator("label", new Page.LocatorOptions().setHasText("S")).locator("input[type=radio]").check();
        assertThat(main).hasAttribute("src", general);

        // without JavaScript the picker's form loads the page for the chosen variant, which shows its picture first
        String html = api.get().uri("/p/{id}?variant={variant}", shirt, medium).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String gallery = html.substring(html.indexOf("class=\"product-image\""));
        assertThat(gallery.substring(gallery.indexOf("src=\"") + 5)).startsWith(ofMedium + "\"");
    }
}
