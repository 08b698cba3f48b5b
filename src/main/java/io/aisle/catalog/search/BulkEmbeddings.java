package io.aisle.catalog.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aisle.catalog.data.EmbeddingRepository;
import io.aisle.catalog.data.EmbeddingRepository.StoredEmbedding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Stores the embeddings of products written in bulk, under the hash of each product's full text (so the
 * index takes them as current), computing one vector per distinct {@code meaning}: a generated catalog of
 * 100,000 products repeats a few thousand meanings, and the model costs 2-10 ms a call. Keeps the vectors
 * of the most recent meanings between calls.
 */
@Component
public class BulkEmbeddings {

    private static final int BATCH = 32;
    private static final int REMEMBERED = 20_000;

    private final EmbeddingModel model;
    private final EmbeddingRepository embeddings;
    private final Map<String, float[]> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    BulkEmbeddings(EmbeddingModel model, EmbeddingRepository embeddings) {
        this.model = model;
        this.embeddings = embeddings;
    }

    /** A product to embed: what customers read of it, and the text that stands for it. */
    public record Entry(long productId, String name, String brand, String categoryName, String description,
            String meaning) {
    }

    /** Embeds and stores these products; returns how many model calls it took. */
    public synchronized int store(List<Entry> entries, Instant now) {
        Set<String> missing = new LinkedHashSet<>();
        entries.stream().map(Entry::meaning).filter(m -> !remembered.containsKey(m)).forEach(missing::add);
        List<String> texts = new ArrayList<>(missing);
        for (int i = 0; i < texts.size(); i += BATCH) {
            List<String> part = texts.subList(i, Math.min(texts.size(), i + BATCH));
            var vectors = model.embedAll(part.stream().map(TextSegment::from).toList()).content();
            for (int j = 0; j < part.size(); j++) {
                remembered.put(part.get(j), vectors.get(j).vector());
            }
        }
        List<StoredEmbedding> stored = entries.stream().map(e -> new StoredEmbedding(e.productId(),
                EmbeddingConfiguration.MODEL_NAME, remembered.get(e.meaning()),
                ProductIndex.hash(SearchEngine.textOf(e.name(), e.brand(), e.categoryName(), e.description())))).toList();
        embeddings.saveAll(stored, now);
        return texts.size();
    }
}
