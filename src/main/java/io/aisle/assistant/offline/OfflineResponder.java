package io.aisle.assistant.offline;

import io.aisle.assistant.ConversationMessage;
import io.aisle.assistant.internal.ChatProvider;
import io.aisle.assistant.internal.ChatTurn;
import io.aisle.assistant.internal.Reply;
import io.aisle.assistant.internal.SearchFilters;
import io.aisle.assistant.internal.ShopFacts.OrderFact;
import io.aisle.assistant.internal.ShopFacts.ProductFact;
import io.aisle.assistant.internal.ShopTools;
import io.aisle.assistant.internal.ToolRefusedException;
import io.aisle.catalog.CategoryService;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The assistant with no LLM: understands the common intents with rules ({@link IntentClassifier}) and
 * composes answers from what the same tools return, so every fact comes from the live shop. Its answers
 * say that it is the offline assistant.
 */
@Component
public class OfflineResponder implements ChatProvider {

    private final CategoryService categories;
    private final ProductService products;

    OfflineResponder(CategoryService categories, ProductService products) {
        this.categories = categories;
        this.products = products;
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public Reply reply(ChatTurn turn) {
        ShopTools tools = turn.tools();
        // the catalog's own categories and brands are what a question can name
        Understanding understood = IntentClassifier.understand(turn.message(), categories.list(), products.brands());
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
            case PRICE_STOCK -> ProductAnswers.priceAndStock(u, tools, history);
            case RECOMMEND -> ProductAnswers.recommend(u, tools);
            case FIND -> ProductAnswers.find(u, tools);
            case OTHER -> ProductAnswers.maybeProducts(u, tools);
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
}
