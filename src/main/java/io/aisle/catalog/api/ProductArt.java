package io.aisle.catalog.api;

import io.aisle.catalog.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Draws a product card: a category-coloured gradient, the brand's initials, the brand and the name. */
final class ProductArt {

    private static final Map<String, String[]> PALETTE = Map.of(
            "electronics", new String[] {"#1e3a8a", "#3b82f6"},
            "clothing", new String[] {"#831843", "#ec4899"},
            "books", new String[] {"#78350f", "#f59e0b"},
            "home-garden", new String[] {"#14532d", "#22c55e"},
            "sports", new String[] {"#7c2d12", "#f97316"});
    private static final String[] DEFAULT = {"#334155", "#94a3b8"};

    private ProductArt() {
    }

    static String svg(Product product) {
        String[] colors = PALETTE.getOrDefault(product.category().slug(), DEFAULT);
        StringBuilder name = new StringBuilder();
        List<String> lines = wrap(product.name(), 24, 3);
        for (int i = 0; i < lines.size(); i++) {
            name.append("<tspan x=\"200\" dy=\"").append(i == 0 ? 0 : 25).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="%s">
                  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
                    <stop offset="0" stop-color="%s"/><stop offset="1" stop-color="%s"/></linearGradient></defs>
                  <rect width="400" height="400" rx="24" fill="url(#g)"/>
                  <circle cx="200" cy="150" r="78" fill="#ffffff" fill-opacity="0.15"/>
                  <text x="200" y="176" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="72" font-weight="700" fill="#ffffff">%s</text>
                  <text x="200" y="270" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="20" font-weight="600" fill="#ffffff" fill-opacity="0.85">%s</text>
                  <text x="200" y="310" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="19" fill="#ffffff">%s</text>
                </svg>
                """.formatted(escape(product.brand() + " " + product.name()), colors[0], colors[1],
                escape(initials(product.brand())), escape(product.brand().toUpperCase()), name);
    }

    private static String initials(String brand) {
        String[] words = brand.strip().split("[\\s-]+");
        if (words.length == 1) {
            return words[0].substring(0, Math.min(2, words[0].length())).toUpperCase();
        }
        return ("" + words[0].charAt(0) + words[words.length - 1].charAt(0)).toUpperCase();
    }

    private static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
            return cut;
        }
        return lines;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
