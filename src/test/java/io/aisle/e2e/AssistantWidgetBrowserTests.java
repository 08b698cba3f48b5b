package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chat widget in a real browser: a customer asks for a product, the answer streams in with the
 * product and an "Add to cart" button, and the click puts it in the cart. Text is shown as text.
 */
class AssistantWidgetBrowserTests extends BrowserTest {

    @Test
    void customerAsksTheWidgetForAProductAndAddsItToTheCartFromTheAnswer() {
        String brand = unique("Widgetbrand").replace("-", "");
        newProduct("home-garden", brand, brand + " Trail Mug", new BigDecimal("18.50"), 7);
        Customer customer = newCustomer();
        signIn(page, customer.email(), customer.password());

        page.navigate("/");
        page.locator(".chat-toggle").click();
        assertThat(page.locator("#chat-remaining")).containsText("messages left today");
        page.locator("#chat-message").fill("Do you have the " + brand + " Trail Mug? <b>thanks</b>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

        Locator question = page.locator(".chat-customer").last();
        assertThat(question).hasText("Do you have the " + brand + " Trail Mug? <b>thanks</b>");
        assertThat(question.locator("b")).hasCount(0);
        Locator answer = page.locator(".chat-assistant").last();
        assertThat(answer.locator(".chat-answer")).containsText("$18.50");
        assertThat(answer.locator(".chat-answer")).containsText("offline assistant");
        Locator product = answer.locator(".chat-product").filter(new Locator.FilterOptions().setHasText(brand));
        assertThat(product.locator("a")).hasAttribute("href", java.util.regex.Pattern.compile("/p/\\d+"));
        assertThat(page.locator("#chat-remaining")).containsText("49 messages left today");
        screenshot(page, "assistant-widget");

        product.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to cart")).click();

        assertThat(product.locator(".chat-cart-status")).containsText("View cart");
        assertThat(page.locator("#cart-count")).hasText("1");
        page.navigate("/cart");
        assertThat(page.locator("main")).containsText(brand + " Trail Mug");
    }

    @Test
    void onAPhoneTheAnswerTextStaysInViewAboveTheProductCards() {
        String brand = unique("Cardbrand").replace("-", "");
        for (String item : List.of("Sun Cap", "Trail Socks", "Hydration Belt", "Headlamp", "Rain Shell")) {
            newProduct("sports", brand, brand + " " + item, new BigDecimal("24.00"), 8);
        }
        BrowserContext phone = newContext(390, 700);
        Page small = phone.newPage();
        small.navigate("/");
        small.locator(".chat-toggle").click();
        small.locator("#chat-message").fill("Anything from " + brand + "?");
        small.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

        Locator answer = small.locator(".chat-assistant").last();
        assertThat(answer.locator(".chat-product")).hasCount(5);
        assertThat(small.locator("#chat-remaining")).hasText("4 free messages left. Sign in for more.");
        BoundingBox log = small.locator("#chat-log").boundingBox();
        BoundingBox text = answer.locator(".chat-answer").boundingBox();
        BoundingBox cards = answer.locator(".chat-products").boundingBox();
        small.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("assistant-widget-phone.png")));
        assertThat(text.y).as("the answer's first line is not scrolled out of the log").isBetween(log.y - 1,
                log.y + log.height - 20);
        assertThat(text.y + text.height).as("the cards come below the text").isLessThanOrEqualTo(cards.y + 1);
        phone.close();
    }

    @Test
    void guestSeesTheFreeMessagesLeft() {
        page.navigate("/");
        page.locator(".chat-toggle").click();

        assertThat(page.locator("#chat-remaining")).hasText("5 free messages left. Sign in for more.");
        page.locator("#chat-message").fill("hello");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

        assertThat(page.locator(".chat-assistant .chat-answer").last()).containsText("offline assistant");
        assertThat(page.locator("#chat-remaining")).hasText("4 free messages left. Sign in for more.");
    }
}
