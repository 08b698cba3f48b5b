package io.aisle.productcsv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.springframework.web.util.HtmlUtils;

/**
 * A Shopify Body (HTML) becomes the product's description as plain text, the way the shop shows descriptions
 * (as text, never as markup): the HTML is parsed as a browser would (jsoup), scripts, styles and other
 * non-content elements are dropped with their content, every other tag is dropped and its text kept, block
 * elements ({@code p}, {@code div}, {@code li}, headings) end a paragraph and {@code br} a line. The export writes
 * a description back as {@code <p>} paragraphs with {@code <br>} line breaks, which reads back to the same text.
 */
public final class Descriptions {

    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "noscript",
            "template", "svg", "math", "head", "title", "form", "button", "select", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "table", "blockquote", "section", "article", "header", "footer", "pre", "dl", "dt", "dd", "hr");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private Descriptions() {
    }

    /** The text of the HTML: paragraphs separated by a blank line, lines by a line break, spaces collapsed. */
    public static String toText(String html) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideDropped(node)) {
                    paragraph.append(SPACES.matcher(text.getWholeText()).replaceAll(" ")); // as a browser collapses it
                } else if (node instanceof Element element && element.nameIs("br")) {
                    paragraph.append('\n');
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    endParagraph(paragraph, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    endParagraph(paragraph, paragraphs);
                }
            }
        });
        endParagraph(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** The description as HTML: a {@code <p>} per paragraph, {@code <br>} between its lines, text escaped. */
    public static String toHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(String.join("<br>", paragraph.strip().lines()
                        .map(line -> HtmlUtils.htmlEscape(collapsed(line), "UTF-8")).filter(line -> !line.isEmpty())
                        .toList())).append("</p>");
            }
        }
        return html.toString();
    }

    private static String collapsed(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }

    private static boolean insideDropped(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && DROPPED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void endParagraph(StringBuilder paragraph, List<String> paragraphs) {
        String text = paragraph.toString().lines().map(Descriptions::collapsed)
                .filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
    }
}
