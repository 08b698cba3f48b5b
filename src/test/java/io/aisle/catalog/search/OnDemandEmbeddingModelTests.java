package io.aisle.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.aisle.catalog.SearchProperties;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The model is loaded when something is first embedded, once, and not while the index is built. */
class OnDemandEmbeddingModelTests {

    private final AtomicInteger loads = new AtomicInteger();
    private final OnDemandEmbeddingModel model = new OnDemandEmbeddingModel(3, () -> {
        loads.incrementAndGet();
        return new ConstantModel();
    });

    @Test
    void buildingTheSearchEngineLoadsNoModel() {
        new SearchEngine(model, new SearchProperties(null, null, null));

        assertThat(model.dimension()).isEqualTo(3);
        assertThat(loads).hasValue(0);
    }

    @Test
    void theFirstEmbeddingLoadsTheModelAndLaterOnesReuseIt() {
        assertThat(model.embed("lamp").content().vector()).containsExactly(1, 0, 0);
        model.embedAll(List.of(TextSegment.from("chair"), TextSegment.from("table")));
        model.embed(TextSegment.from("rug"));

        assertThat(loads).hasValue(1);
    }

    /** Stands in for ONNX Runtime, an edge of the application: every text is the same unit vector. */
    private static final class ConstantModel implements EmbeddingModel {

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {1, 0, 0})).toList());
        }
    }
}
