package io.aisle.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.aisle.catalog.Product;
import io.aisle.catalog.SearchProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hybrid search on look-alike products: the real model, no database. */
class HybridRankingTests {

    private static final List<String> MODELS = List.of("XM2", "XM3", "XM4", "XM5", "XM6", "XM7", "XM8", "XM9");
    /** Look-alikes told apart only by a code that means nothing to a language model. */
    private static final List<String> CODES = List.of("1287f38019", "85de208b551", "0e657415522", "f1892cdd522",
            "a93be10c47", "5c0d7e2f18", "d41f0a9b36", "7b2e94c0d5");

    private static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private static SearchEngine engine;

    @BeforeAll
    static void indexLookAlikes() {
        engine = new SearchEngine(MODEL, new SearchProperties(null, null, null));
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < MODELS.size(); i++) {
            products.add(SampleProducts.product(i + 1, "SNY-" + MODELS.get(i), "Sony WH-1000" + MODELS.get(i)
                    + " Wireless Headphones", "Sony", "electronics", "Over-ear noise cancelling headphones with "
                    + "30 hours of battery.", new BigDecimal("299.00"), 5));
        }
        for (int i = 0; i < CODES.size(); i++) {
            products.add(SampleProducts.product(200 + i, "LNT-" + i, "Harbor Lantern-" + CODES.get(i), "Beaconco",
                    "home-garden", "A battery camping lantern with a warm glow.", new BigDecimal("27.90"), 3));
        }
        products.add(SampleProducts.product(100, "BOS-QC", "Bose QuietComfort Headphones", "Bose", "electronics",
                "Noise cancelling over-ear headphones.", new BigDecimal("329.00"), 5));
        List<float[]> vectors = engine.embed(products);
        for (int i = 0; i < products.size(); i++) {
            engine.put(products.get(i), vectors.get(i));
        }
    }

    /** The shop builds its vector index before the model loads ({@link OnDemandEmbeddingModel}), from this figure. */
    @Test
    void theDimensionTheShopStartsWithIsTheModels() {
        assertThat(EmbeddingConfiguration.DIMENSION).isEqualTo(MODEL.dimension());
    }

    @Test
    void aQueryNamingOneOfSeveralLookAlikesFindsThatOneFirst() {
        for (int i = 0; i < MODELS.size(); i++) {
            List<Hit> hits = engine.hybridSearch("sony wh-1000" + MODELS.get(i).toLowerCase(), 10);

            assertThat(hits.get(0).productId()).as("first for %s", MODELS.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void aQueryNamingAProductByItsCodeFindsThatOneFirst() {
        for (int i = 0; i < CODES.size(); i++) {
            List<Hit> hits = engine.hybridSearch("I'm looking for the Harbor Lantern-" + CODES.get(i), 10);

            assertThat(hits.get(0).productId()).as("first for %s", CODES.get(i)).isEqualTo(200 + i);
        }
    }

    @Test
    void productsWithoutEveryWordStillFollow() {
        List<Long> ids = engine.hybridSearch("wh-1000xm5 headphones", 20).stream().map(Hit::productId).toList();

        assertThat(ids.get(0)).isEqualTo(MODELS.indexOf("XM5") + 1);
        assertThat(ids).hasSize(MODELS.size() + 1).contains(100L);
    }
}
