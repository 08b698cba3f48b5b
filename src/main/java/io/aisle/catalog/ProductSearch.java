package io.aisle.catalog;

import io.aisle.catalog.search.Hit;
import io.aisle.catalog.search.ProductIndex;
import io.aisle.catalog.search.QueryConstraints;
import io.aisle.catalog.search.SearchEngine;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Product search by words, by meaning, or both ({@link SearchMode}), and products similar to others.
 * Everything is ranked in memory (see {@code docs/search.md}); the products themselves come from
 * {@link ProductService}, so deleted ones never show and stock and prices are current. When the
 * embedding model fails, semantic and hybrid search answer by the words alone.
 */
@Service
public class ProductSearch {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_QUERY_LENGTH = 200;
    /** How many ranked products a storefront listing pages through. */
    private static final int LISTING_CANDIDATES = 500;
    private static final Logger log = LoggerFactory.getLogger(ProductSearch.class);

    private final ProductIndex index;
    private final ProductService products;
    private final ApplicationEventPublisher events;

    ProductSearch(ProductIndex index, ProductService products, ApplicationEventPublisher events) {
        this.index = index;
        this.products = products;
        this.events = events;
    }

    /**
     * The listed products best matching the query, best first, at most {@code limit} (1 to 100). A blank
     * or over-long query is an {@link InvalidRequestException}.
     */
    public List<ScoredProduct> search(String query, SearchMode mode, int limit) {
        return answer(query, mode, ProductQuery.all(null), limit).results();
    }

    /**
     * The API's search: the products found (price and stock conditions in the words applied, then the
     * filters of {@code filters}, its text and paging aside), best first, at most {@code limit}; the facet
     * counts over all of them; and a spelling correction when a word is not the catalog's ("did you mean").
     */
    public SearchAnswer answer(String query, SearchMode mode, ProductQuery filters, int limit) {
        checkLimit(limit);
        String text = checkQuery(query);
        List<ScoredProduct> admitted = found(text, mode, Math.max(limit, LISTING_CANDIDATES)).stream()
                .filter(s -> filters.admits(s.product()))
                .toList();
        Set<Long> withOption = products.withOptionValue(admitted.stream().map(ScoredProduct::product).toList(),
                filters.option()).stream().map(Product::id).collect(Collectors.toSet());
        List<ScoredProduct> found = admitted.stream().filter(s -> withOption.contains(s.product().id())).toList();
        return new SearchAnswer(found.size() > limit ? found.subList(0, limit) : found,
                products.facetsOf(found.stream().map(ScoredProduct::product).toList()), didYouMean(text));
    }

    /** The listed products nearest in meaning to this one (itself left out), best first. */
    public List<ScoredProduct> similarTo(long productId, int limit) {
        checkLimit(limit);
        products.get(productId);
        return similarTo(Map.of(productId, 1.0), limit);
    }

    /**
     * The listed products nearest in meaning to the weighted centroid of these products, best first; the
     * given products themselves are left out, and so are products without an embedding. Empty when none
     * of the given products has one.
     */
    public List<ScoredProduct> similarTo(Map<Long, Double> weightedProductIds, int limit) {
        checkLimit(limit);
        float[] centroid = new float[engine().dimensions()];
        boolean any = false;
        for (Map.Entry<Long, Double> entry : weightedProductIds.entrySet()) {
            Optional<float[]> vector = engine().vector(entry.getKey());
            if (vector.isPresent()) {
                any = true;
                for (int i = 0; i < centroid.length; i++) {
                    centroid[i] += (float) (entry.getValue() * vector.get()[i]);
                }
            }
        }
        if (!any) {
            return List.of();
        }
        return resolve(engine().nearest(centroid, limit, id -> !weightedProductIds.containsKey(id)));
    }

    /**
     * A storefront listing for a query with text: the products the mode finds, narrowed by the query's
     * filters, in its sort order (relevance is the ranking's own order), one page of it. Records the
     * search for a signed-in customer ({@code userId} may be null).
     */
    public PageResult<Product> listing(ProductQuery query, SearchMode mode, Long userId) {
        return page(query, mode, userId).results();
    }

    /** Like {@link #listing}, with the facet counts of every page and "did you mean" (null when none). */
    public SearchPage page(ProductQuery query, SearchMode mode, Long userId) {
        String text = checkQuery(query.text());
        List<Product> found = products.withOptionValue(found(text, mode, LISTING_CANDIDATES).stream()
                .map(ScoredProduct::product)
                .filter(query::admits)
                .toList(), query.option());
        Facets facets = products.facetsOf(found);
        Optional<Comparator<Product>> order = query.sort().comparator();
        if (order.isPresent()) {
            found = found.stream().sorted(order.get()).toList();
        }
        int from = (int) Math.min(found.size(), query.page().offset());
        int to = Math.min(found.size(), from + query.page().size());
        if (userId != null) {
            events.publishEvent(new ProductsSearched(userId, text, found.size()));
        }
        return new SearchPage(PageResult.of(found.subList(from, to), query.page(), found.size()), facets, didYouMean(text));
    }

    /** The products the words find, meeting the price and stock conditions written in them, best first. */
    private List<ScoredProduct> found(String text, SearchMode mode, int candidates) {
        QueryConstraints constraints = QueryConstraints.of(text);
        return resolve(rank(constraints.words(), mode, candidates)).stream()
                .filter(s -> constraints.admits(s.product()))
                .toList();
    }

    private String didYouMean(String text) {
        return engine().correction(text).orElse(null);
    }

    private List<Hit> rank(String query, SearchMode mode, int limit) {
        if (mode == SearchMode.TEXT || !engine().hasEmbeddings()) {
            return engine().textSearch(query, limit);
        }
        try {
            if (mode == SearchMode.SEMANTIC) {
                return engine().semanticSearch(query, limit);
            }
            return engine().hybridSearch(query, limit);
        } catch (RuntimeException e) {
            log.warn("Semantic search failed; answering by the words alone", e);
            return engine().textSearch(query, limit);
        }
    }

    /** The products of the hits, in the hits' order; those no longer listed are left out. */
    private List<ScoredProduct> resolve(List<Hit> hits) {
        Map<Long, Product> byId = products.findAll(hits.stream().map(Hit::productId).toList()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        return hits.stream()
                .filter(h -> byId.containsKey(h.productId()))
                .map(h -> new ScoredProduct(byId.get(h.productId()), h.score()))
                .toList();
    }

    private SearchEngine engine() {
        return index.engine();
    }

    /** The query stripped; a blank or over-long one is an {@link InvalidRequestException}. */
    static String checkQuery(String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidRequestException("q", "must not be blank");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return query.strip();
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }
}
