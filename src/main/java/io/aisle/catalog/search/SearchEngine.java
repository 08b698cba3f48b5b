package io.aisle.catalog.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductStatus;
import io.aisle.catalog.SearchProperties;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The ranking itself, in memory and independent of the database: a BM25 text index and a matrix of
 * unit-length embeddings over the same products, and their fusion. {@link ProductIndex} feeds it from
 * the catalog; the search evaluation and the benchmark feed it directly.
 */
public final class SearchEngine {

    private final EmbeddingModel model;
    private final SearchProperties properties;
    private final TextIndex text = new TextIndex();
    private final Names names = new Names();
    private final VectorIndex vectors;
    private final Cache<String, float[]> queries = Caffeine.newBuilder().maximumSize(10_000).build();

    public SearchEngine(EmbeddingModel model, SearchProperties properties) {
        this.model = model;
        this.properties = properties;
        this.vectors = new VectorIndex(model.dimension());
    }

    /** What is embedded: what a customer reads about the product, most telling first. */
    public static String textOf(Product product) {
        return textOf(product.name(), product.brand(), product.category().name(), product.description());
    }

    static String textOf(String name, String brand, String categoryName, String description) {
        return name + ". " + brand + ". " + categoryName + ". " + description;
    }

    /** The embeddings of these products' texts, in order (one model call for the batch). */
    public List<float[]> embed(List<Product> products) {
        return model.embedAll(products.stream().map(p -> TextSegment.from(textOf(p))).toList()).content().stream()
                .map(e -> e.vector())
                .toList();
    }

    /**
     * Indexes the product's words, and its embedding when one is given. A draft's or an archived product's
     * words stay out of the text index, so that "did you mean" never spells a product customers cannot see
     * (results are checked against the catalog anyway); its embedding is kept for when it is published.
     */
    public void put(Product product, float[] vector) {
        if (product.status() == ProductStatus.ACTIVE) {
            text.put(product.id(), product.name(), product.brand(), product.description());
        } else {
            text.remove(product.id());
        }
        names.put(product);
        if (vector != null) {
            vectors.put(product.id(), vector);
        }
    }

    public void remove(long productId) {
        text.remove(productId);
        names.remove(productId);
        vectors.remove(productId);
    }

    /** The products whose words match the query, best first (BM25). */
    public List<Hit> textSearch(String query, int limit) {
        return text.search(query, limit);
    }

    /**
     * The products near enough in meaning to the query ({@code minSimilarity}, calibrated on the evaluation
     * set), best first (cosine similarity). A query that means nothing in this catalog finds nothing.
     */
    public List<Hit> semanticSearch(String query, int limit) {
        return vectors.nearest(embedQuery(query), limit, id -> true).stream()
                .filter(h -> h.score() >= properties.minSimilarity())
                .toList();
    }

    /**
     * The text and the semantic ranking fused (see {@link Ranking#fuse}). A product is found if a word
     * matched or if it is near enough in meaning ({@code minSimilarity}); weaker semantic neighbours only
     * lift the products the words found, and nothing pads the answer.
     * Products that contain every word of the query come first, in fused order: a customer who names a
     * product exactly ("WH-1000XM5") gets it, not a look-alike that is as near in meaning ("WH-1000XM4").
     */
    public List<Hit> hybridSearch(String query, int limit) {
        int candidates = Math.max(limit, properties.semanticCandidates());
        TextIndex.Ranked words = text.rank(query, candidates);
        List<Hit> byText = words.hits();
        List<Hit> byMeaning = vectors.nearest(embedQuery(query), candidates, id -> true);
        Set<Long> found = new HashSet<>();
        byText.forEach(h -> found.add(h.productId()));
        byMeaning.stream().filter(h -> h.score() >= properties.minSimilarity()).forEach(h -> found.add(h.productId()));
        List<Hit> fused = Ranking.fuse(properties.rrfK(), List.of(byText, byMeaning), found::contains);
        List<Hit> ranked = Ranking.firstThose(fused, words.complete());
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
    }

    /**
     * The query with its words the catalog does not know replaced by the nearest ones it does ("hedphones"
     * becomes "headphones"), for "did you mean"; empty when every word is known or none is near one.
     */
    public Optional<String> correction(String query) {
        // a word may repeat ("yoga mat for yoga")
        Set<String> words = Set.copyOf(Arrays.asList(QueryConstraints.of(query).words().toLowerCase(Locale.ROOT).split("\\s+")));
        return text.correction(query, words::contains);
    }

    /**
     * What to offer while a customer types: the products whose words match (the last word may be partial),
     * and the categories and brands (of products customers see at {@code now}) with a word that begins with
     * what was typed, at most {@code limit} each.
     */
    public Suggested suggest(String typed, int limit, Instant now) {
        return new Suggested(text.search(typed, limit), names.categories(typed, limit, now), names.brands(typed, limit, now));
    }

    /** Suggestions as a customer types: products (best first), categories and brands. */
    public record Suggested(List<Hit> products, List<Product.CategoryRef> categories, List<String> brands) {
    }

    /** The products nearest to a vector (a query or a centroid), best first, among those allowed. */
    public List<Hit> nearest(float[] vector, int limit, LongPredicate allowed) {
        return vectors.nearest(vector, limit, allowed);
    }

    /** The unit-length embedding of an indexed product, if it has one. */
    public Optional<float[]> vector(long productId) {
        return vectors.get(productId);
    }

    public int dimensions() {
        return vectors.dims();
    }

    /** The memory the product vectors take, in bytes. */
    public long vectorBytes() {
        return vectors.bytes();
    }

    /** True once there is anything to search by meaning. */
    public boolean hasEmbeddings() {
        return vectors.size() > 0;
    }

    /** Queries repeat (the same words from many customers, paging through results): each is embedded once. */
    private float[] embedQuery(String query) {
        return queries.get(query.strip().toLowerCase(Locale.ROOT), q -> model.embed(q).content().vector());
    }
}
