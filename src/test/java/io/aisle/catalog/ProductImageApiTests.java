package io.aisle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ProductImageApiTests extends CatalogApiTest {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    @Test
    void drawsTheProductAsWellFormedSvgWithItsNameEscaped() throws Exception {
        String name = "Tom & Jerry's <b>\"Best\"</b> mug";
        long id = createProduct("name", name, "brand", "A&B <Co>");

        byte[] svg = api.get().uri("/images/products/{id}.svg", id).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(SVG)
                .expectBody().returnResult().getResponseBody();

        String text = new String(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("Tom &amp; Jerry's &lt;b&gt;&quot;Best&quot;&lt;/b&gt; mug").doesNotContain("<b>");
        assertThat(Svg.label(svg)).isEqualTo("A&B <Co> " + name);
    }

    @Test
    void answers404ProblemForAnUnknownOrDeletedProductWhateverTheClientAccepts() {
        long deleted = createProduct();
        api.delete().uri("/api/v1/products/{id}", deleted).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isNoContent();

        for (String path : List.of("/images/products/999999999.svg", "/images/products/" + deleted + ".svg")) {
            expectProblem(api.get().uri(path).exchange(), 404);
            expectProblem(api.get().uri(path).accept(MediaType.ALL).exchange(), 404);
            api.get().uri(path).accept(SVG).exchange().expectStatus().isNotFound();
            api.get().uri(path).header(HttpHeaders.ACCEPT, "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8")
                    .exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void answers400ProblemForANonNumericImageId() {
        expectProblem(api.get().uri("/images/products/abc.svg").exchange(), 400);
    }
}
