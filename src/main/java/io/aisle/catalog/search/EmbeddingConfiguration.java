package io.aisle.catalog.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sentence-embedding model: quantized all-MiniLM-L6-v2 (384 dimensions) run in-process by ONNX
 * Runtime. It ships inside its Maven artifact, so nothing is downloaded at run time. A plain bean:
 * LangChain4j has no Spring Boot 4 starter. Loaded on first use ({@link OnDemandEmbeddingModel}).
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    /** The name stored with each embedding: a different model makes them all stale. */
    static final String MODEL_NAME = "all-minilm-l6-v2-q";
    /** all-MiniLM-L6-v2's sentence vectors (HybridRankingTests checks it against the loaded model). */
    static final int DIMENSION = 384;

    @Bean
    EmbeddingModel embeddingModel() {
        return new OnDemandEmbeddingModel(DIMENSION, AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }
}
