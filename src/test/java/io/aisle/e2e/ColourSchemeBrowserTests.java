package io.aisle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pages follow the system's colour scheme (prefers-color-scheme), and in both schemes what a person must see to
 * use a form stands out at least 3:1 (WCAG 1.4.11): an input's border against the card around it and its own fill,
 * and the focus ring against what is around it. Measured on the colours Chromium computed, not on the stylesheet.
 */
class ColourSchemeBrowserTests extends BrowserTest {

    private static final String BLACK = "rgb(0, 0, 0)";
    private static final String WHITE = "rgb(255, 255, 255)";

    @ParameterizedTest
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void inputBordersAndTheFocusRingContrastAtLeast3To1WithWhatIsAroundThem(ColorScheme scheme) {
        Page on = newContext(1280, 900, scheme).newPage();
        for (String path : List.of("/login", "/register", "/c/home-garden")) {
            on.navigate(path);
            Locator inputs = on.locator("main input:visible:not([type=checkbox]):not([type=radio]), #site-search");
            assertThat(inputs.count()).as(path).isPositive();
            for (int i = 0; i < inputs.count(); i++) {
                Locator input = inputs.nth(i);
                String name = path + " " + input.getAttribute("id");
                String border = Contrast.style(input, "border-top-color");
                assertThat(Contrast.ratio(border, Contrast.backdrop(input))).as("border against the card: " + name)
                        .isGreaterThanOrEqualTo(3);
                assertThat(Contrast.ratio(border, Contrast.style(input, "background-color")))
                        .as("border against the fill: " + name).isGreaterThanOrEqualTo(3);
                input.focus();
                assertFocusRingStandsOut(input, name);
            }
            // a button reached by the keyboard shows the same ring
            on.locator("main button[type=submit]").first().focus();
            on.keyboard().press("Shift+Tab");
            on.keyboard().press("Tab");
            assertFocusRingStandsOut(on.locator("main button[type=submit]").first(), path + " button");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void theStorefrontAndTheAdminFollowTheSystemsColourScheme(ColorScheme scheme) {
        Page on = newContext(1280, 900, scheme).newPage();
        on.navigate("/");
        assertFollows(on, scheme);
        signIn(on, ADMIN_EMAIL, ADMIN_PASSWORD);
        on.navigate("/admin/products");
        assertFollows(on, scheme);
        screenshot(on, "admin-products-" + scheme.name().toLowerCase());
    }

    private static void assertFollows(Page on, ColorScheme scheme) {
        Locator body = on.locator("body");
        String background = Contrast.style(body, "background-color");
        String text = Contrast.style(body, "color");
        // dark: the page is near black with light text; light: the other way round
        String near = scheme == ColorScheme.DARK ? BLACK : WHITE;
        assertThat(Contrast.ratio(background, near)).as("page background %s in %s", background, scheme)
                .isLessThan(1.2);
        assertThat(Contrast.ratio(text, background)).as("text on the page in %s", scheme).isGreaterThanOrEqualTo(7);
    }

    private static void assertFocusRingStandsOut(Locator element, String name) {
        assertThat(Contrast.style(element, "outline-style")).as("focus ring of " + name).isEqualTo("solid");
        assertThat(Double.parseDouble(Contrast.style(element, "outline-width").replace("px", "")))
                .as("focus ring width of " + name).isGreaterThanOrEqualTo(2);
        assertThat(Contrast.ratio(Contrast.style(element, "outline-color"), Contrast.backdrop(element)))
                .as("focus ring against the card: " + name).isGreaterThanOrEqualTo(3);
    }
}
