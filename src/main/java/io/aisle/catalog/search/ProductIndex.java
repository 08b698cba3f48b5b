package io.aisle.catalog.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aisle.catalog.Product;
import io.aisle.catalog.SearchProperties;
import io.aisle.catalog.data.EmbeddingRepository;
import io.aisle.catalog.data.EmbeddingRepository.StoredEmbedding;
import io.aisle.catalog.data.ProductRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listed products in the {@link SearchEngine}, kept in step with the catalog, with each product's
 * embedding also stored in the database so that a restart only embeds what is new or changed (a
 * product's text hash tells).
 */
@Component
public class ProductIndex {

    private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);
    private static final int BATCH = 32;

    private final EmbeddingRepository embeddings;
    private final ProductRepository products;
    private final Clock clock;
    private final SearchEngine engine;
    /** The text hash of each product as this instance indexed it: an unchanged product is not read again. */
    private final Map<Long, String> indexed = new ConcurrentHashMap<>();

    ProductIndex(EmbeddingModel model, EmbeddingRepository embeddings, ProductRepository products, Clock clock,
            SearchProperties properties) {
        this.embeddings = embeddings;
        this.products = products;
        this.clock = clock;
        this.engine = new SearchEngine(model, properties);
    }

    public SearchEngine engine() {
        return engine;
    }

    /**
     * Loads the stored embeddings, embeds the products that have none or whose text changed since, drops
     * those of removed products, and indexes every listed product.
     */
    public void loadAll() {
        long start = System.nanoTime();
        Map<Long, StoredEmbedding> stored = embeddings.findAll().stream()
                .collect(Collectors.toMap(StoredEmbedding::productId, Function.identity()));
        List<Product> stale = new ArrayList<>();
        List<Product> listed = products.findAllListed();
        for (Product product : listed) {
            StoredEmbedding embedding = stored.get(product.id());
            boolean current = embedding != null && isCurrent(embedding, product);
            engine.put(product, current ? embedding.vector() : null);
            if (current) {
                indexed.put(product.id(), embedding.textHash());
            } else {
                stale.add(product);
            }
        }
        for (int i = 0; i < stale.size(); i += BATCH) {
            embed(stale.subList(i, Math.min(stale.size(), i + BATCH)));
        }
        int dropped = embeddings.deleteUnlisted();
        log.info("Search index: {} products, {} embedded now, {} stale embeddings dropped, vectors {} MB, in {} ms",
                listed.size(), stale.size(), dropped, engine.vectorBytes() / 1_000_000, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Re-reads the product and indexes it again; removes it if it is no longer listed. Runs in a
     * transaction of its own: it is called after the changing transaction committed, whose connection
     * would otherwise take these writes and never commit them.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refresh(long productId) {
        Optional<Product> product = products.findById(productId);
        if (product.isPresent()) {
            embed(List.of(product.get()));
        } else {
            remove(productId);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void remove(long productId) {
        engine.remove(productId);
        indexed.remove(productId);
        embeddings.delete(productId);
    }

    /**
     * Takes in what other instances changed at or after {@code since}: the embeddings they wrote for
     * edited or new products (no embedding is computed again here) and the products they deleted.
     * Returns how many products changed in this index.
     */
    @Transactional(readOnly = true)
    public int catchUp(Instant since) {
        int changed = 0;
        for (StoredEmbedding embedding : embeddings.findChangedSince(since)) {
            if (embedding.textHash().equals(indexed.get(embedding.productId()))) {
                continue;
            }
            // a product edited again since is skipped: its next embedding is on its way
            Optional<Product> product = products.findById(embedding.productId());
            if (product.isPresent() && isCurrent(embedding, product.get())) {
                engine.put(product.get(), embedding.vector());
                indexed.put(embedding.productId(), embedding.textHash());
                changed++;
            }
        }
        for (long deleted : products.findIdsDeletedSince(since)) {
            engine.remove(deleted);
            if (indexed.remove(deleted) != null) {
                changed++;
            }
        }
        return changed;
    }

    private void embed(List<Product> batch) {
        List<float[]> vectors = engine.embed(batch);
        for (int i = 0; i < batch.size(); i++) {
            Product product = batch.get(i);
            String hash = hash(product);
            embeddings.save(new StoredEmbedding(product.id(), EmbeddingConfiguration.MODEL_NAME, vectors.get(i), hash),
                    clock.instant());
            engine.put(product, vectors.get(i));
            indexed.put(product.id(), hash);
        }
    }

    private static boolean isCurrent(StoredEmbedding embedding, Product product) {
        return EmbeddingConfiguration.MODEL_NAME.equals(embedding.model()) && hash(product).equals(embedding.textHash());
    }

    private static String hash(Product product) {
        return hash(SearchEngine.textOf(product));
    }

    /** The SHA-256 of an embedded text, as stored beside its vector. */
    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
