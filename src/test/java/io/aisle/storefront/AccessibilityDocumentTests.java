package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/accessibility.md states the input border and focus ring colours of both schemes and their contrast ratios:
 * those colours are the stylesheet's, and each stated ratio is the one they have (the browser test
 * ColourSchemeBrowserTests measures the rendered pages; this keeps the document true when the colours change).
 */
class AccessibilityDocumentTests {

    private static final Pattern ROW = Pattern.compile(
            "\\| (?<what>[^|]+) \\| `(?<light>#\\p{XDigit}{6})` \\| [^|`]*`(?<lightOn>#\\p{XDigit}{6})`[^|`]*(?:`(?<lightOn2>#\\p{XDigit}{6})`)? \\| (?<lightRatio>[\\d.]+)(?: / (?<lightRatio2>[\\d.]+))? "
                    + "\\| `(?<dark>#\\p{XDigit}{6})` \\| [^|`]*`(?<darkOn>#\\p{XDigit}{6})`[^|`]*(?:`(?<darkOn2>#\\p{XDigit}{6})`)? \\| (?<darkRatio>[\\d.]+)(?: / (?<darkRatio2>[\\d.]+))? \\|");

    @Test
    void theDocumentedControlColoursAreTheStylesheetsAndHaveTheStatedRatios() throws IOException {
        String doc = Files.readString(Path.of("docs/accessibility.md"));
        String css = Files.readString(Path.of("src/main/resources/static/css/aisle.css")).toLowerCase(Locale.ROOT);
        String dark = css.substring(css.indexOf("@media (prefers-color-scheme: dark)"));
        int rows = 0;
        Matcher row = ROW.matcher(doc);
        while (row.find()) {
            String what = row.group("what");
            Matcher property = Pattern.compile("`(--[a-z-]+)`").matcher(what);
            if (property.find()) {
                String name = property.group(1);
                assertThat(css).as(what).contains(name + ": " + row.group("light").toLowerCase(Locale.ROOT));
                assertThat(dark).as(what).contains(name + ": " + row.group("dark").toLowerCase(Locale.ROOT));
            }
            assertRatio(what, row.group("light"), row.group("lightOn"), row.group("lightRatio"));
            assertRatio(what, row.group("light"), row.group("lightOn2"), row.group("lightRatio2"));
            assertRatio(what, row.group("dark"), row.group("darkOn"), row.group("darkRatio"));
            assertRatio(what, row.group("dark"), row.group("darkOn2"), row.group("darkRatio2"));
            rows++;
        }
        assertThat(rows).as("colour rows found in docs/accessibility.md").isGreaterThanOrEqualTo(4);
    }

    private static void assertRatio(String what, String colour, String against, String stated) {
        if (against == null || stated == null) {
            return;
        }
        double ratio = ratio(colour, against);
        assertThat(ratio).as("%s: %s on %s", what, colour, against).isGreaterThanOrEqualTo(3)
                .isCloseTo(Double.parseDouble(stated), org.assertj.core.data.Offset.offset(0.01));
    }

    private static double ratio(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
