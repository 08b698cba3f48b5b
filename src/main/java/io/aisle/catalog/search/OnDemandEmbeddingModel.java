package io.aisle.catalog.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * The embedding model, loaded the first time something is embedded rather than while the application starts:
 * loading ONNX Runtime and the model takes 3-4 s, which neither a command that never searches nor the shop's
 * first page should wait for ({@link EmbeddingWarmUp} loads it in the background once the shop is up). Its
 * dimension is known without loading it, so the vector index can be built at once.
 */
final class OnDemandEmbeddingModel implements EmbeddingModel {

    private final int dimension;
    private final Supplier<EmbeddingModel> loader;
    private volatile EmbeddingModel model;

    OnDemandEmbeddingModel(int dimension, Supplier<EmbeddingModel> loader) {
        this.dimension = dimension;
        this.loader = loader;
    }

    /** The model, loaded by the first caller; later callers wait for that load rather than starting another. */
    EmbeddingModel loaded() {
        EmbeddingModel current = model;
        if (current == null) {
            synchronized (this) {
                current = model;
                if (current == null) {
                    current = loader.get();
                    model = current;
                }
            }
        }
        return current;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return loaded().embedAll(segments);
    }

    @Override
    public Response<Embedding> embed(String text) {
        return loaded().embed(text);
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return loaded().embed(segment);
    }

    @Override
    public int dimension() {
        return dimension;
    }
}
