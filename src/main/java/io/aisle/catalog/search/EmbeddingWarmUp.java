package io.aisle.catalog.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aisle.platform.Workers;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the embedding model on a background thread once the shop is up, so that its pages are served
 * without waiting for it and the first search does not pay for it either. Until then a search query that
 * needs the model waits for this same load (it is never loaded twice). Commands load it only if they embed.
 */
@Component
@ConditionalOnWebApplication
// the tests' contexts turn it off: most never search, and its seconds of CPU would slow the tests that run meanwhile
@ConditionalOnProperty(name = "aisle.search.warm-up", havingValue = "true", matchIfMissing = true)
class EmbeddingWarmUp {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingWarmUp.class);

    private final EmbeddingModel model;

    EmbeddingWarmUp(EmbeddingModel model) {
        this.model = model;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInTheBackground() {
        if (!(model instanceof OnDemandEmbeddingModel onDemand)) {
            return;
        }
        ExecutorService worker = Workers.singleThread("aisle-embedding-warm-up");
        worker.execute(() -> {
            long start = System.nanoTime();
            try {
                onDemand.loaded();
                log.info("Embedding model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Could not load the embedding model; the next search or change that needs it tries again", e);
            }
        });
        worker.shutdown();
    }
}
