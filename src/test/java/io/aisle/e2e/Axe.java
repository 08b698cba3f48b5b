package io.aisle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core, Deque's accessibility checker, run inside the page under test. The script comes from a jar on the test
 * classpath (resolved by Maven like any dependency, so it works offline) and is evaluated through Playwright, which
 * the pages' Content-Security-Policy (no inline scripts) does not block. Every rule of WCAG 2.0/2.1/2.2 A and AA and
 * axe's best practices runs; none is turned off.
 */
final class Axe {

    private static final String SOURCE = load();

    // one line per violation: what rule, how bad, and the first few elements it found, so a failure says what to fix
    private static final String RUN = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                resultTypes: ['violations']
              });
              return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ']').join(' | '));
            }
            """;

    private Axe() {
    }

    /** The violations axe finds on the page as it is now (one line each); empty when it finds none. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            // as the body of a function: Playwright compiles it through the DevTools protocol, where the page's CSP
            // does not apply (a <script> tag or eval inside the page would be refused); axe sets window.axe itself
            page.evaluate("() => {\n" + SOURCE + "\n}");
        }
        return (List<String>) page.evaluate(RUN);
    }

    /** Fails with axe's findings unless the page as it is now has no violation. */
    static void assertNoViolations(Page page) {
        assertThat(violations(page)).as("axe-core violations on %s", page.url()).isEmpty();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
