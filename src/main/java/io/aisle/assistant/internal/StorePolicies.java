package io.aisle.assistant.internal;

import io.aisle.ordering.OrderingProperties;
import io.aisle.platform.Countries;
import io.aisle.returns.ReturnsProperties;
import io.aisle.shipping.ShippingMethod;
import io.aisle.shipping.ShippingOption;
import io.aisle.shipping.ShippingQuery;
import io.aisle.shipping.ShippingService;
import io.aisle.shipping.ShippingZoneService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The store's policies, read from {@code assistant/policies.md} on the classpath (a copy of
 * {@code docs/policies.md}; a test keeps the two equal), one {@code ## } section per topic. The shipping
 * answer adds the methods checkout really offers to the shop's home country, with their prices, free-from
 * thresholds and delivery days, read from the shipping module when asked, so a changed method never makes the
 * text lie; the returns answer adds the configured return window and where the return form is.
 */
@Component
public class StorePolicies {

    static final String RESOURCE = "assistant/policies.md";

    private final Map<String, String> sections;
    private final OrderingProperties ordering;
    private final ShippingService shipping;
    private final ShippingZoneService zones;
    private final ReturnsProperties returns;

    StorePolicies(OrderingProperties ordering, ShippingService shipping, ShippingZoneService zones,
            ReturnsProperties returns) {
        this.ordering = ordering;
        this.shipping = shipping;
        this.zones = zones;
        this.returns = returns;
        this.sections = parse(read());
    }

    /** The policy for a topic ("shipping", "returns", "payment", or words close to them). */
    public String about(String topic) {
        String key = topic(topic);
        String text = sections.getOrDefault(key, "");
        if (key.equals("shipping")) {
            text += "\n\n" + methodsNow();
        }
        if (key.equals("returns")) {
            text += "\n\n" + returnsNow();
        }
        return text;
    }

    /** The window this shop is configured with, and where the return form is. */
    private String returnsNow() {
        long days = returns.windowDays();
        return "Right now, this shop takes returns within " + days + " day" + (days == 1 ? "" : "s")
                + " of delivery. To start one: your orders are at /account/orders; open the delivered order and use "
                + "its \"Return items\" form.";
    }

    /** "Right now, to the United States: Standard costs USD 9.99, free from USD 50.00, in 5 days; ..." */
    private String methodsNow() {
        String country = ordering.homeCountry();
        List<ShippingOption> options = shipping.optionsFor(new ShippingQuery(country, null, BigDecimal.ZERO, 0));
        if (options.isEmpty()) {
            return "Right now the shop has no shipping method for " + Countries.name(country) + ".";
        }
        return options.stream().map(option -> {
            ShippingMethod method = zones.method(option.methodId());
            String price = option.price().signum() == 0 ? "is free"
                    : "costs " + ordering.currency() + " " + option.price();
            String free = method.freeFrom() == null || option.price().signum() == 0 ? ""
                    : ", free from " + ordering.currency() + " " + method.freeFrom() + " (order subtotal)";
            String days = option.minDays() == option.maxDays() ? option.maxDays() + " days"
                    : option.minDays() + " to " + option.maxDays() + " days";
            return option.name() + " " + price + free + (option.pickup() ? ", ready for pick-up in " : ", delivered in ")
                    + days;
        }).collect(Collectors.joining("; ", "Right now, to " + Countries.name(country) + ": ",
                ". Other countries may have other methods; checkout shows the ones for the address."));
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
