package io.aisle.retention.internal;

import io.aisle.identity.User;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderingProperties;
import io.aisle.platform.PageQuery;
import io.aisle.retention.Campaign;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The few facts an offer's letter may use, kept short and plain so the prompt stays small and carries nothing a
 * customer could use to steer the LLM: the first name (letters only), the names of up to five products from their
 * latest orders, the discount, the code and its last day.
 */
@Component
public class OfferFacts {

    private static final int PRODUCTS = 5;
    private static final int NAME_LENGTH = 80;

    private final OrderService orders;
    private final String currency;

    public OfferFacts(OrderService orders, OrderingProperties ordering) {
        this.orders = orders;
        this.currency = ordering.currency();
    }

    /** The facts; the products only when the campaign's letters are the LLM's (a template names none). */
    public OfferLetters.Facts of(User user, Campaign campaign, String code) {
        List<String> products = campaign.llmText() ? boughtBefore(user.id()) : List.of();
        return new OfferLetters.Facts(firstName(user.fullName()), products, campaign.discount(currency), code,
                campaign.lastDay());
    }

    private List<String> boughtBefore(long userId) {
        return orders.listMine(userId, new PageQuery(0, 10)).content().stream()
                .flatMap(order -> order.items().stream())
                .map(item -> plain(item.name()))
                .filter(name -> !name.isEmpty())
                .distinct()
                .limit(PRODUCTS)
                .toList();
    }

    static String firstName(String fullName) {
        String first = fullName == null || fullName.isBlank() ? "" : fullName.strip().split("\\s+")[0];
        String letters = first.replaceAll("[^\\p{L}\\p{M}'-]", "");
        return letters.isEmpty() ? "there" : letters.length() <= 40 ? letters : letters.substring(0, 40);
    }

    private static String plain(String name) {
        String line = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= NAME_LENGTH ? line : line.substring(0, NAME_LENGTH);
    }
}
