package io.aisle.e2e;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG contrast ratios between colours the browser computed for an element (rgb() or rgba() strings). */
final class Contrast {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");

    // the colours an element is seen against: the first ancestor's background that is not transparent
    private static final String BACKDROP = """
            element => {
              let at = element.parentElement;
              while (at) {
                const colour = getComputedStyle(at).backgroundColor;
                if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
                at = at.parentElement;
              }
              return 'rgb(255, 255, 255)';
            }
            """;

    private Contrast() {
    }

    /** The ratio of two computed colours, from 1 (same) to 21 (black on white). */
    static double ratio(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The background colour the element sits on (its nearest ancestor with one). */
    static String backdrop(Locator element) {
        return (String) element.evaluate(BACKDROP);
    }

    /** A computed style property of the element, e.g. border-top-color, outline-color. */
    static String style(Locator element, String property) {
        return (String) element.evaluate("(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
    }

    private static double luminance(String colour) {
        Matcher rgb = RGB.matcher(colour);
        if (!rgb.find()) {
            throw new IllegalArgumentException("not an rgb() colour: " + colour);
        }
        List<Double> channels = List.of(rgb.group(1), rgb.group(2), rgb.group(3)).stream()
                .map(c -> Integer.parseInt(c) / 255.0)
                .map(c -> c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
                .toList();
        return 0.2126 * channels.get(0) + 0.7152 * channels.get(1) + 0.0722 * channels.get(2);
    }
}
