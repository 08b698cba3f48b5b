package io.aisle.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/** Product cards keep their square picture at every screen width (the image's size attributes must not win). */
class ProductCardShapeBrowserTests extends BrowserTest {

    @Test
    void aCardsPictureIsSquareOnAPhoneAndOnADesktop() {
        for (int[] size : new int[][] { { 390, 844 }, { 1280, 900 } }) {
            BrowserContext screen = newContext(size[0], size[1]);
            Page category = screen.newPage();
            category.navigate(base() + "/c/sports");
            BoundingBox picture = category.locator(".product-card img").first().boundingBox();

            assertThat(picture.height).as("picture height at %d px wide", size[0]).isCloseTo(picture.width, within(2.0));
            assertThat(picture.width).as("picture width at %d px wide", size[0]).isLessThan(size[0]);
            screen.close();
        }
    }
}
