package io.aisle.assistant.internal;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import io.aisle.assistant.Asker;
import io.aisle.assistant.internal.ShopFacts.CartFact;
import io.aisle.assistant.internal.ShopFacts.OrderFact;
import io.aisle.assistant.internal.ShopFacts.ProductFact;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductNotFoundException;
import io.aisle.ordering.OrderNotFoundException;
import io.aisle.ordering.OrderService;
import io.aisle.platform.PageQuery;
import io.aisle.shopping.CartService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The assistant's tools for one asker. The asker is fixed when the tools are made (from the security
 * context, by the controller); no tool takes a user id, so neither a model nor a message can point them
 * at another customer. Remembers the products it showed, so the answer can link them.
 */
public final class ShopTools {

    static final int SEARCH_LIMIT = 5;

    private final Asker asker;
    private final ProductLookup lookup;
    private final OrderService orders;
    private final CartService carts;
    private final StorePolicies policies;
    private final Map<Long, Product> shown = new LinkedHashMap<>();

    ShopTools(Asker asker, ProductLookup lookup, OrderService orders, CartService carts, StorePolicies policies) {
        this.asker = asker;
        this.lookup = lookup;
        this.orders = orders;
        this.carts = carts;
        this.policies = policies;
    }

    @Tool("Searches the shop's catalog and returns the products that match, best first, with price, stock and "
            + "rating. Pass what the customer asked for as filters (a price limit, a category, a brand, a lowest "
            + "rating, in stock only): every product returned meets them. An empty list means nothing fits: say so, "
            + "and do not offer other products instead.")
    public List<ProductFact> searchProducts(
            @P(value = "words to search for, e.g. 'noise canceling headphones' or 'gift for a runner'; may be left "
                    + "out when the filters say it all", required = false) String query,
            @P(value = "the highest price in USD, included, e.g. 50 for 'under $50'", required = false)
            BigDecimal maxPrice,
            @P(value = "the lowest price in USD, included, e.g. 100 for 'over $100'", required = false)
            BigDecimal minPrice,
            @P(value = "a category by slug or name, e.g. 'electronics', 'books', 'home-garden'", required = false)
            String category,
            @P(value = "one brand, e.g. 'Sony' for 'from Sony'", required = false) String brand,
            @P(value = "the lowest average customer rating, 0 to 5, e.g. 4 for 'rated 4 stars or more' (counted in "
                    + "whole stars: 4.5 asks for 5)", required = false) BigDecimal minRating,
            @P(value = "true when the customer wants only products in stock", required = false) Boolean inStock) {
        return search(query, new SearchFilters(minPrice, maxPrice, category, brand, minRating, inStock));
    }

    /** {@link #searchProducts} with the filters as one record: for the offline responder. */
    public List<ProductFact> search(String words, SearchFilters filters) {
        return facts(lookup.find(words, filters, SEARCH_LIMIT));
    }

    @Tool("Returns one product's details: price, stock, rating, description, and for a product sold in sizes or "
            + "colours each variant with its own price and stock.")
    public ProductFact productDetails(@P("the product's id") long productId) {
        return facts(List.of(product(productId))).get(0);
    }

    @Tool("Returns two products side by side (price, stock, rating, brand, category) to compare them.")
    public List<ProductFact> compareProducts(@P("the first product's id") long firstProductId,
            @P("the second product's id") long secondProductId) {
        return facts(List.of(product(firstProductId), product(secondProductId)));
    }

    @Tool("Recommends highly rated products that are in stock, optionally for some words (a category, a use) and "
            + "within the same filters as searchProducts. An empty list means nothing fits.")
    public List<ProductFact> recommendProducts(
            @P(value = "what the recommendation is for, e.g. 'running' or 'kitchen'", required = false) String about,
            @P(value = "the highest price in USD, included", required = false) BigDecimal maxPrice,
            @P(value = "the lowest price in USD, included", required = false) BigDecimal minPrice,
            @P(value = "a category by slug or name", required = false) String category,
            @P(value = "one brand", required = false) String brand,
            @P(value = "the lowest average customer rating, 0 to 5", required = false) BigDecimal minRating) {
        return recommend(about, new SearchFilters(minPrice, maxPrice, category, brand, minRating, true));
    }

    /** {@link #recommendProducts} with the filters as one record: for the offline responder. */
    public List<ProductFact> recommend(String about, SearchFilters filters) {
        return facts(lookup.recommended(about, filters, SEARCH_LIMIT));
    }

    @Tool("Lists the signed-in customer's own most recent orders with their status.")
    public List<OrderFact> myOrders() {
        return orders.listMine(customerId(), PageQuery.of(0, 5)).content().stream().map(OrderFact::of).toList();
    }

    @Tool("Returns the status of one of the signed-in customer's own orders.")
    public OrderFact orderStatus(@P("the order's id (number)") long orderId) {
        try {
            return OrderFact.of(orders.getMine(customerId(), orderId));
        } catch (OrderNotFoundException e) {
            throw new ToolRefusedException("There is no order " + orderId + " among this customer's orders.");
        }
    }

    @Tool("Returns what is in the signed-in customer's cart. Nothing is added to the cart by the assistant: "
            + "the customer adds products with the 'Add to cart' button next to the answer.")
    public CartFact myCart() {
        return CartFact.of(carts.view(customerId()));
    }

    @Tool("Returns the shop's policy on 'shipping', 'returns' or 'payment'.")
    public String storePolicy(@P("one of shipping, returns, payment") String topic) {
        return policies.about(topic);
    }

    /** The products the tools returned so far, in the order first shown. */
    public List<Product> shown() {
        return new ArrayList<>(shown.values());
    }

    /**
     * The shown products an answer names, in the order first shown: the products that answer the
     * question, not everything a tool looked at on the way.
     */
    public List<Product> namedIn(String answer) {
        String text = answer.toLowerCase(Locale.ROOT);
        return shown.values().stream().filter(p -> text.contains(p.name().toLowerCase(Locale.ROOT))).toList();
    }

    public boolean signedIn() {
        return !asker.isGuest();
    }

    private long customerId() {
        if (asker.isGuest()) {
            throw new ToolRefusedException("The customer is not signed in: orders and the cart are only shown "
                    + "after signing in.");
        }
        return asker.userId();
    }

    private Product product(long id) {
        try {
            return lookup.get(id);
        } catch (ProductNotFoundException e) {
            throw new ToolRefusedException("There is no product " + id + " in the catalog.");
        }
    }

    private List<ProductFact> facts(List<Product> products) {
        products.forEach(p -> shown.putIfAbsent(p.id(), p));
        return products.stream().map(p -> ProductFact.of(p, lookup.variants(p.id()))).toList();
    }
}
