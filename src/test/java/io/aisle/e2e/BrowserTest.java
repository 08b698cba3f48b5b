package io.aisle.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpHeaders;

/**
 * Base of the end-to-end tests: the real application (the shared test context, on its random port) driven
 * by a real headless Chromium through Playwright. Uses the system's Chromium (Debian package `chromium`;
 * `AISLE_CHROMIUM` points elsewhere); Playwright never downloads a browser. One browser per test class
 * (starting Playwright costs over a second), a fresh browser context (cookies, session) per test.
 */
public abstract class BrowserTest extends ApiTest {

    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Path.of(System.getenv().getOrDefault("AISLE_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Browser tests need Chromium at " + chromium
                    + ": apt-get install chromium (or set AISLE_CHROMIUM)");
        }
        // a page's live parts (htmx swaps, SSE) answer in milliseconds, but a 2-core machine running the whole build
        // (child JVMs of the crash drills included) can stall one for seconds: wait up to 15 s, not Playwright's 5
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext(1280, 900);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** A separate browser (its own cookies and session) of the given window size. */
    protected BrowserContext newContext(int width, int height) {
        return newContext(width, height, ColorScheme.LIGHT);
    }

    /** A separate browser of the given window size whose system asks for this colour scheme (prefers-color-scheme). */
    protected BrowserContext newContext(int width, int height, ColorScheme scheme) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setColorScheme(scheme)
                .setBaseURL(base()));
        created.setDefaultTimeout(10_000);
        return created;
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** Saves a full-page screenshot as target/screenshots/{name}.png. */
    protected void screenshot(Page of, String name) {
        of.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** A product sold in sizes S (on sale), M and L (out of stock), through the admin API; returns its id. */
    protected long newProductWithSizes() {
        String sku = unique("SIZED").toUpperCase();
        Map<?, ?> product = api.post().uri("/api/v1/products").header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("sku", sku, "name", unique("Sized tee"), "brand", "Testbrand", "category", "clothing",
                        "description", "A product in sizes, made by a test.", "price", new BigDecimal("20.00"),
                        "stock", 5, "options", List.of("Size"), "variants", List.of(
                                Map.of("sku", sku + "-S", "options", List.of("S"), "price", new BigDecimal("18.00"),
                                        "compareAtPrice", new BigDecimal("24.00"), "stock", 4),
                                Map.of("sku", sku + "-M", "options", List.of("M"), "price", new BigDecimal("20.00"),
                                        "stock", 9),
                                Map.of("sku", sku + "-L", "options", List.of("L"), "price", new BigDecimal("22.00"),
                                        "stock", 0))))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) product.get("id")).longValue();
    }

    /** Fills the guest checkout's e-mail and a Californian address (the state menu follows the default country). */
    protected void fillGuestCheckout(Page on, String email) {
        on.locator("#email").fill(email);
        on.locator("#fullName").fill("Grace Guest");
        on.locator("#line1").fill("1 Infinite Loop");
        on.locator("#city").fill("Cupertino");
        on.locator("#postalCode").fill("95014");
        on.locator("select#region").selectOption("CA");
    }

    /** Signs in through the real sign-in form. */
    protected void signIn(Page on, String email, String password) {
        on.navigate("/login");
        on.getByLabel("Email").fill(email);
        on.getByLabel("Password").fill(password);
        on.locator("form.card button[type=submit]").click();
        on.waitForLoadState();
    }
}
