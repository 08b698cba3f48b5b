package io.aisle.assistant.offline;

import io.aisle.assistant.internal.ChatProvider;
import io.aisle.assistant.internal.ChatTurn;
import io.aisle.assistant.internal.Reply;
import io.aisle.assistant.internal.SearchFilters;
import io.aisle.assistant.internal.ShopFacts.OrderFact;
import io.aisle.assistant.internal.ShopFacts.ProductFact;
import io.aisle.assistant.internal.ShopTools;
import io.aisle.assistant.internal.ToolRefusedException;
import io.aisle.catalog.Product;
import java.util.ArrayList;
import io.aisle.assistant.ConversationMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The assistant with no LLM: understands the common intents with rules ({@link IntentClassifier}) and
 * composes answers from what the same tools return, so every fact comes from the live shop. Its answers
 * say that it is the offline assistant.
 */
@Component
public class OfflineResponder implements ChatProvider {

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public Reply reply(ChatTurn turn) {
        ShopTools tools = turn.tools();
        Understanding understood = IntentClassifier.understand(turn.message(), tools.categories(), tools.brands());
        String text;
        try {
            text = answer(understood, tools, turn.history());
        } catch (ToolRefusedException refused) {
            text = refused.getMessage().replace("The customer is not", "You are not").replace("this customer's",
                    "your");
        }
        List<Product> named = tools.namedIn(text);
        return new Reply(text + Phrases.SIGNATURE, named.subList(0, Math.min(5, named.size())));
    }

    private static String answer(Understanding u, ShopTools tools, List<ConversationMessage> history) {
        return switch (u.intent()) {
            case GREETING -> Phrases.GREETING;
            case POLICY -> tools.storePolicy(u.original());
            case ORDER_STATUS -> orderStatus(u, tools);
            case CART -> Phrases.cart(tools.myCart());
            case COMPARE -> compare(u, tools);
            case PRICE_STOCK -> priceAndStock(u, tools, history);
            case RECOMMEND -> recommend(u, tools);
            case FIND -> find(u, tools);
            case OTHER -> maybeProducts(u, tools);
        };
    }

    private static String orderStatus(Understanding u, ShopTools tools) {
        if (u.orderId() != null) {
            return Phrases.order(tools.orderStatus(u.orderId()));
        }
        List<OrderFact> orders = tools.myOrders();
        if (orders.isEmpty()) {
            return "You have no orders yet.";
        }
        String latest = Phrases.order(orders.get(0));
        return orders.size() == 1 ? latest : "Your latest order: " + latest + "\nEarlier orders:\n" + orders.stream()
                .skip(1).map(o -> "- #" + o.id() + ": " + o.status().toLowerCase(Locale.ROOT)).collect(Collectors.joining("\n"));
    }

    private static String compare(Understanding u, ShopTools tools) {
        List<ProductFact> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String phrase : u.comparedPhrases().subList(0, Math.min(2, u.comparedPhrases().size()))) {
            List<ProductFact> matches = tools.search(phrase, SearchFilters.NONE);
            if (matches.isEmpty()) {
                missing.add(phrase);
            } else {
                found.add(matches.get(0));
            }
        }
        if (found.size() < 2) {
            return "To compare, name two products, e.g. \"compare Kindle Paperwhite and Switch OLED\"."
                    + (missing.isEmpty() ? "" : " I found nothing for: " + String.join(", ", missing) + ".");
        }
        List<ProductFact> both = tools.compareProducts(found.get(0).id(), found.get(1).id());
        ProductFact a = both.get(0);
        ProductFact b = both.get(1);
        int price = a.price().compareTo(b.price());
        String cheaper = price == 0 ? "They cost the same." : (price < 0 ? a.name() : b.name()) + " is cheaper by "
                + Phrases.money(a.price().subtract(b.price()).abs(), a.currency()) + ".";
        return "Side by side:\n" + Phrases.line(a) + "\n" + Phrases.line(b) + "\n" + cheaper;
    }

    /** "How much is it?" after an answer that showed products is about the first of them. */
    private static String priceAndStock(Understanding u, ShopTools tools, List<ConversationMessage> history) {
        boolean unnamed = u.productWords().isBlank() && u.filters().isEmpty();
        Optional<Long> earlier = unnamed ? lastShownProduct(history) : Optional.empty();
        if (earlier.isPresent()) {
            return Phrases.priceAndStock(tools.productDetails(earlier.get()));
        }
        if (unnamed) {
            return "Which product do you mean? Tell me its name, e.g. \"how much is the Kindle Paperwhite?\"";
        }
        List<ProductFact> matches = search(u, tools::search);
        return matches.isEmpty() ? Phrases.nothingFits(u) : Phrases.priceAndStock(matches.get(0));
    }

    private static Optional<Long> lastShownProduct(List<ConversationMessage> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            ConversationMessage message = history.get(i);
            if ("assistant".equals(message.role()) && !message.productIds().isEmpty()) {
                return Optional.of(message.productIds().get(0));
            }
        }
        return Optional.empty();
    }

    /** Without words or constraints, the best rated in stock; else only what fits them, or a plain "nothing". */
    private static String recommend(Understanding u, ShopTools tools) {
        List<ProductFact> picks = search(u, tools::recommend);
        if (picks.isEmpty()) {
            return Phrases.nothingFits(u);
        }
        return "Here are some well-rated products in stock" + Phrases.meeting(u) + ":\n"
                + picks.stream().map(Phrases::line).collect(Collectors.joining("\n"));
    }

    private static String find(Understanding u, ShopTools tools) {
        if (u.productWords().isBlank() && u.filters().isEmpty()) {
            return Phrases.POINTER;
        }
        List<ProductFact> matches = search(u, tools::search);
        if (matches.isEmpty()) {
            return Phrases.nothingFits(u);
        }
        return "Here is what I found" + Phrases.meeting(u) + ":\n" + matches.stream().map(Phrases::line)
                .collect(Collectors.joining("\n")) + "\nUse \"Add to cart\" next to a product to add it.";
    }

    /**
     * The products for the question's words and filters. A brand named in passing that finds nothing was
     * likely part of a product's name ("the Glacier Thermos" by another brand): then the words alone.
     */
    private static List<ProductFact> search(Understanding u, BiFunction<String, SearchFilters, List<ProductFact>> tool) {
        List<ProductFact> found = tool.apply(u.productWords(), u.filters());
        Understanding loose = u.withoutBareBrand();
        return found.isEmpty() && loose != u ? tool.apply(loose.productWords(), loose.filters()) : found;
    }

    /**
     * A message with no known intent may still name products ("yoga mat"): then a product's name or brand
     * has one of its words (a word only in a description, like "weather", is not enough). Else a pointer.
     */
    private static String maybeProducts(Understanding u, ShopTools tools) {
        List<String> words = List.of(u.productWords().split(" "));
        List<ProductFact> matches = u.productWords().isBlank() ? List.of() : tools.search(u.productWords(), u.filters())
                .stream().filter(p -> words.stream().anyMatch(w -> (p.name() + " " + p.brand())
                        .toLowerCase(Locale.ROOT).contains(w))).toList();
        return matches.isEmpty() ? Phrases.POINTER : "Here is what I found:\n"
                + matches.stream().map(Phrases::line).collect(Collectors.joining("\n"));
    }
}
