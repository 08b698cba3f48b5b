package io.aisle.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.aisle.ApiTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Pictures fetched from an address (the catalog import's way in), and a storage that fails. */
class ProductImageImportTests extends ApiTest {

    @Autowired
    private ProductMedia media;

    @Value("${aisle.home}")
    private Path home;

    private HttpServer server;
    private final AtomicInteger downloads = new AtomicInteger();

    @BeforeEach
    void serveAPicture() throws IOException {
        byte[] jpeg = TestImages.jpeg(640, 480, 777);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/pictures/", exchange -> {
            downloads.incrementAndGet();
            boolean found = exchange.getRequestURI().getPath().endsWith("/shoe.jpg");
            byte[] body = found ? jpeg : "no such picture".getBytes();
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void importsAPictureOnceForTheSameProductAndSourceAtTheRequestedPosition() {
        long productId = newProduct("sports", new BigDecimal("49.00"), 3);

        ProductImage first = media.importFrom(productId, null, address("/pictures/shoe.jpg"), "A running shoe", 2);
        ProductImage again = media.importFrom(productId, null, address("/pictures/shoe.jpg"), "A running shoe", 2);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.position()).isEqualTo(2);
        assertThat(first.widths()).containsExactly(200, 400, 640);
        assertThat(downloads).hasValue(1);
        assertThat(media.of(productId)).hasSize(1);
    }

    @Test
    void refusesAddressesThatAreNotHttpAndAnswersThatDoNotServeAPicture() {
        long productId = newProduct("sports", new BigDecimal("49.00"), 3);

        assertThatThrownBy(() -> media.importFrom(productId, null, URI.create("file:///etc/passwd"), "", 1))
                .isInstanceOf(ImageRejectedException.class).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> media.importFrom(productId, null, address("/pictures/missing.jpg"), "", 1))
                .isInstanceOf(ImageRejectedException.class).hasMessageContaining("HTTP 404");
        assertThat(media.of(productId)).isEmpty();
    }

    @Test
    void answers503AndWritesNoRowWhenTheStorageCannotStoreTheFiles() throws IOException {
        long productId = newProduct("sports", new BigDecimal("49.00"), 3);
        Path productFolder = home.resolve("media/products/" + productId);
        Files.createDirectories(productFolder.getParent());
        Files.writeString(productFolder, "a file where the product's folder should be: every write fails");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.IMAGE_JPEG);
        part.setContentDispositionFormData("file", "shoe.jpg");
        form.add("file", new HttpEntity<>(TestImages.jpeg(400, 400, 5), part));

        expectProblem(api.post().uri("/api/v1/products/{id}/images", productId)
                .header(HttpHeaders.AUTHORIZATION, adminBearer()).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).exchange(), 503)
                .jsonPath("$.title").isEqualTo("Media storage unavailable");
        assertThat(media.of(productId)).isEmpty();
    }
}
