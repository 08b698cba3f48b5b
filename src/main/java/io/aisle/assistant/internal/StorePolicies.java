package io.aisle.assistant.internal;

import io.aisle.ordering.OrderingProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The store's policies, read from {@code assistant/policies.md} on the classpath (a copy of
 * {@code docs/policies.md}; a test keeps the two equal), one {@code ## } section per topic. The shipping
 * answer adds the figures checkout really uses, so a changed setting never makes the text lie.
 */
@Component
public class StorePolicies {

    static final String RESOURCE = "assistant/policies.md";

    private final Map<String, String> sections;
    private final OrderingProperties ordering;

    StorePolicies(OrderingProperties ordering) {
        this.ordering = ordering;
        this.sections = parse(read());
    }

    /** The policy for a topic ("shipping", "returns", "payment", or words close to them). */
    public String about(String topic) {
        String key = topic(topic);
        String text = sections.getOrDefault(key, "");
        if (key.equals("shipping")) {
            text += "\n\nRight now: shipping is free from " + ordering.currency() + " "
                    + ordering.freeShippingThreshold() + " (order subtotal), otherwise it costs " + ordering.currency()
                    + " " + ordering.shippingFee() + "; delivery is expected " + ordering.deliveryDays()
                    + " days after the order is placed.";
        }
        return text;
    }

    static String topic(String words) {
        String w = words == null ? "" : words.toLowerCase(Locale.ROOT);
        if (w.matches("(?s).*(return|refund|cancel|exchange|send back|money back).*")) {
            return "returns";
        }
        if (w.matches("(?s).*(pay|card|charge|checkout|billing|invoice|declined).*")) {
            return "payment";
        }
        return "shipping";
    }

    private static Map<String, String> parse(String markdown) {
        Map<String, String> result = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                if (current != null) {
                    result.put(current, paragraphs(text));
                }
                current = line.substring(3).strip().toLowerCase(Locale.ROOT);
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            result.put(current, paragraphs(text));
        }
        return result;
    }

    /** Markdown wraps paragraphs over lines; a chat answer should not. */
    private static String paragraphs(StringBuilder text) {
        return text.toString().strip().replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The store policies are missing from the classpath", e);
        }
    }
}
