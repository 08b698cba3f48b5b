package io.aisle.assistant.internal;

import io.aisle.catalog.Category;
import io.aisle.catalog.CategoryService;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductSearch;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.Variant;
import io.aisle.catalog.ProductSort;
import io.aisle.catalog.SearchMode;
import io.aisle.platform.PageQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The assistant's one way of finding products: the catalog's hybrid search (text and meaning,
 * {@link ProductSearch}), the same as the storefront's, so "something to keep my coffee hot" finds the
 * insulated tumblers here too, narrowed by the question's {@link SearchFilters} in the catalog's own
 * query; without words, the catalog's listing with those filters. Every tool and the offline responder
 * go through this class, so every product they show meets the filters.
 */
@Component
class ProductLookup {

    /** How many of the search's matches are weighed for relevance before the best few are kept. */
    private static final int CANDIDATES = 20;

    private final ProductService products;
    private final ProductSearch search;
    private final CategoryService categories;

    ProductLookup(ProductService products, ProductSearch search, CategoryService categories) {
        this.products = products;
        this.search = search;
        this.categories = categories;
    }

    /** The best matches for the words (may be blank) that meet the filters, best first. */
    List<Product> find(String words, SearchFilters filters, int limit) {
        return list(words, filters, limit);
    }

    /** Highly rated products in stock that meet the filters, optionally matching words. */
    List<Product> recommended(String words, SearchFilters filters, int limit) {
        return list(words, filters.inStockOnly(), limit);
    }

    /**
     * With words, those of the search's matches that {@link Relevance answer them}, in its order; without,
     * the best rated first.
     */
    private List<Product> list(String words, SearchFilters filters, int limit) {
        String text = words == null || words.isBlank() ? null : searchable(words.strip());
        ProductQuery query = new ProductQuery(text, category(filters.category()), filters.minPrice(),
                filters.maxPrice(), null, null, filters.inStock(), text == null ? ProductSort.RATING : ProductSort.RELEVANCE,
                PageQuery.of(0, text == null ? limit : CANDIDATES), brand(filters.brand()),
                stars(filters.minRating()), null);
        if (text == null) {
            return products.search(query).content();
        }
        Relevance relevance = new Relevance(text, search.search(text, SearchMode.SEMANTIC, ProductSearch.MAX_LIMIT));
        return search.listing(query, SearchMode.HYBRID, null).content().stream().filter(relevance::answers)
                .limit(limit).toList();
    }

    /** The slug of the category named by its slug or its name, any case; none is refused with the list. */
    private String category(String given) {
        if (given == null) {
            return null;
        }
        List<Category> all = categories.list();
        return all.stream()
                .filter(c -> c.slug().equalsIgnoreCase(given) || c.name().equalsIgnoreCase(given))
                .map(Category::slug)
                .findFirst()
                .orElseThrow(() -> new ToolRefusedException("There is no category '" + given + "'. The categories are: "
                        + all.stream().map(Category::slug).collect(Collectors.joining(", ")) + "."));
    }

    /**
     * The catalog filters by whole stars: a lowest rating of 4.5 asks for 5, so no product shown is rated
     * below what was asked; 0 asks for nothing.
     */
    private static Integer stars(BigDecimal minRating) {
        if (minRating == null) {
            return null;
        }
        if (minRating.signum() < 0 || minRating.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new ToolRefusedException("minRating must be between 0 and 5.");
        }
        return minRating.signum() == 0 ? null : minRating.setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private String brand(String given) {
        if (given != null && products.brands().stream().noneMatch(b -> b.equalsIgnoreCase(given))) {
            throw new ToolRefusedException("The shop has no products of the brand '" + given + "'.");
        }
        return given;
    }

    /**
     * A message may be far longer than a search query may be (a customer pastes a paragraph): its first
     * words up to the search's limit, cut at a space, are what is searched.
     */
    static String searchable(String words) {
        if (words == null || words.length() <= ProductSearch.MAX_QUERY_LENGTH) {
            return words;
        }
        String cut = words.substring(0, ProductSearch.MAX_QUERY_LENGTH);
        int space = cut.lastIndexOf(' ');
        return space > 0 ? cut.substring(0, space) : cut;
    }

    Product get(long id) {
        return products.forSale(id);
    }

    /** The product's variants for sale (one for a product without options). */
    List<Variant> variants(long productId) {
        return products.variants(productId);
    }
}
