package io.aisle.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.client.RestTestClient;

class ProductMediaApiTests extends ApiTest {

    private RestTestClient.ResponseSpec upload(String bearer, long productId, byte[] bytes, String filename,
            MediaType declared, String alt) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(declared);
        part.setContentDispositionFormData("file", filename);
        form.add("file", new HttpEntity<>(bytes, part));
        if (alt != null) {
            form.add("alt", alt);
        }
        RestTestClient.RequestBodySpec request = api.post().uri("/api/v1/products/{id}/images", productId)
                .contentType(MediaType.MULTIPART_FORM_DATA);
        if (bearer != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        return request.body(form).exchange();
    }

    private Map<?, ?> uploaded(String bearer, long productId, byte[] bytes) {
        return upload(bearer, productId, bytes, "photo.jpg", MediaType.IMAGE_JPEG, "A photo")
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private byte[] file(String url) {
        return api.get().uri(url).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private List<Map<?, ?>> images(long productId) {
        return api.get().uri("/api/v1/products/{id}/images", productId).exchange()
                .expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<?, ?>>>() { })
                .returnResult().getResponseBody();
    }

    private long product() {
        return newProduct("electronics", new BigDecimal("19.99"), 5);
    }

    @Test
    void storesAnUploadInResponsiveWidthsNeverWiderThanItselfAndServesThemImmutable() {
        long productId = product();
        Map<?, ?> image = uploaded(adminBearer(), productId, TestImages.jpeg(1000, 500));

        assertThat(image.get("widths")).isEqualTo(List.of(200, 400, 800, 1000));
        assertThat(image.get("width")).isEqualTo(1000);
        assertThat(image.get("height")).isEqualTo(500);
        assertThat(image.get("alt")).isEqualTo("A photo");
        assertThat(image.get("position")).isEqualTo(1);
        assertThat((String) image.get("srcset")).contains("-200.jpg 200w").contains("-1000.jpg 1000w");
        BufferedImage small = TestImages.decode(file(((String) image.get("src")).replace("-800.", "-400.")));
        assertThat(small.getWidth()).isEqualTo(400);
        assertThat(small.getHeight()).isEqualTo(200);
        assertThat(images(productId)).extracting(i -> (Object) i.get("id")).containsExactly(image.get("id"));
    }

    @Test
    void keepsTransparencyAsPngAndNeverUpscalesASmallPicture() {
        long productId = product();
        Map<?, ?> image = uploaded(adminBearer(), productId, TestImages.transparentPng(150, 100));

        assertThat(image.get("widths")).isEqualTo(List.of(150));
        assertThat((String) image.get("src")).endsWith("-150.png");
        BufferedImage stored = TestImages.decode(file((String) image.get("src")));
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        assertThat(stored.getRGB(10, 10) >>> 24).isZero();
    }

    @Test
    void stripsExifFromEveryStoredSize() {
        long productId = product();
        byte[] withExif = TestImages.withExif(TestImages.jpeg(900, 600), "GPS-SECRET-47.3769N");
        assertThat(TestImages.contains(withExif, "Exif")).isTrue();
        assertThat(TestImages.decode(withExif)).isNotNull();

        Map<?, ?> image = uploaded(adminBearer(), productId, withExif);

        for (Object width : (List<?>) image.get("widths")) {
            byte[] stored = file(((String) image.get("src")).replace("-800.", "-" + width + "."));
            assertThat(TestImages.contains(stored, "Exif")).as("EXIF in the %s px size", width).isFalse();
            assertThat(TestImages.contains(stored, "GPS-SECRET")).isFalse();
        }
    }

    @Test
    void turnsAPictureAsItsExifOrientationSaysBeforeDroppingTheExif() {
        long productId = product();
        // orientation 6: the camera was turned, the picture must be turned 90 degrees clockwise to stand upright
        byte[] sideways = TestImages.withOrientation(TestImages.redLeftBlueRight(600, 300), 6);

        Map<?, ?> image = uploaded(adminBearer(), productId, sideways);

        assertThat(image.get("width")).isEqualTo(300);
        assertThat(image.get("height")).isEqualTo(600);
        byte[] stored = file((String) image.get("src"));
        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        BufferedImage upright = TestImages.decode(stored);
        assertThat(upright.getWidth()).isEqualTo(300);
        assertThat(new java.awt.Color(upright.getRGB(150, 60)).getRed()).as("the left half is now on top").isGreaterThan(200);
        assertThat(new java.awt.Color(upright.getRGB(150, 540)).getBlue()).as("the right half now at the bottom").isGreaterThan(200);
    }

    @Test
    void refusesADecompressionBombFromItsHeaderWithoutDecodingIt() {
        long productId = product();
        byte[] bomb = TestImages.decompressionBomb(100_000, 100_000);
        assertThat(bomb.length).isLessThan(10_000);

        expectProblem(upload(adminBearer(), productId, bomb, "bomb.png", MediaType.IMAGE_PNG, null), 422)
                .jsonPath("$.title").isEqualTo("Image has too many pixels")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("100000 x 100000"));
        assertThat(images(productId)).isEmpty();
    }

    @Test
    void refusesATextFileNamedLikeAPictureAs415() {
        long productId = product();
        byte[] text = "this is not a picture, whatever its name says\n".repeat(20).getBytes();

        expectProblem(upload(adminBearer(), productId, text, "holiday.jpg", MediaType.IMAGE_JPEG, null), 415)
                .jsonPath("$.title").isEqualTo("Not an image");
        assertThat(images(productId)).isEmpty();
    }

    @Test
    void refusesTruncatedJpegsAndPngsAsDamaged() {
        long productId = product();
        byte[] jpeg = TestImages.jpeg(800, 600, 7);
        byte[] png = TestImages.transparentPng(300, 300);

        expectProblem(upload(adminBearer(), productId, Arrays.copyOf(jpeg, jpeg.length / 2), "cut.jpg",
                MediaType.IMAGE_JPEG, null), 422).jsonPath("$.title").isEqualTo("Damaged image");
        expectProblem(upload(adminBearer(), productId, Arrays.copyOf(png, png.length / 2), "cut.png",
                MediaType.IMAGE_PNG, null), 422).jsonPath("$.title").isEqualTo("Damaged image");
        assertThat(images(productId)).isEmpty();
    }

    @Test
    void refusesAFileAboveTheByteLimitAs413() {
        long productId = product();
        byte[] large = new byte[10 * 1024 * 1024 + 1];

        expectProblem(upload(adminBearer(), productId, large, "large.jpg", MediaType.IMAGE_JPEG, null), 413)
                .jsonPath("$.title").isEqualTo("Image too large");
        assertThat(images(productId)).isEmpty();
    }

    @Test
    void keepsTheOneMebibyteLimitForMultipartBodiesSentAnywhereElse() {
        long productId = product();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(new byte[2 * 1024 * 1024], new HttpHeaders()));

        expectProblem(api.post().uri("/api/v1/products/{id}/reviews", productId).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).exchange(), 413)
                .jsonPath("$.detail").isEqualTo("The request body is larger than 1024 KiB.");
    }

    @Test
    void answersProblemsForAMissingFileANonMultipartBodyAndAnUnknownProduct() {
        String admin = adminBearer();
        long productId = product();
        MultiValueMap<String, Object> noFile = new LinkedMultiValueMap<>();
        noFile.add("alt", "nothing");
        expectProblem(api.post().uri("/api/v1/products/{id}/images", productId).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(noFile).exchange(), 400);
        expectProblem(api.post().uri("/api/v1/products/{id}/images", productId).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("file", "x")).exchange(), 415);
        expectProblem(upload(admin, 999_999_999L, TestImages.jpeg(300, 300), "a.jpg", MediaType.IMAGE_JPEG, null), 404);
        expectProblem(upload(admin, productId, TestImages.jpeg(300, 300), "a.jpg", MediaType.IMAGE_JPEG, "x".repeat(301)),
                400);
    }

    @Test
    void letsOnlyAdminsChangePictures() {
        long productId = product();
        byte[] jpeg = TestImages.jpeg(300, 300, 11);

        expectProblem(upload(null, productId, jpeg, "a.jpg", MediaType.IMAGE_JPEG, null), 401);
        expectProblem(upload(newCustomer().bearer(), productId, jpeg, "a.jpg", MediaType.IMAGE_JPEG, null), 403);
        assertThat(images(productId)).isEmpty();
    }

    @Test
    void reordersDescribesAndDeletesPictures() {
        String admin = adminBearer();
        long productId = product();
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(uploaded(admin, productId, TestImages.jpeg(300, 300, 100 + i)).get("id"));
        }
        List<Object> reversed = List.of(ids.get(2), ids.get(1), ids.get(0));

        api.put().uri("/api/v1/products/{id}/images/order", productId).header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("imageIds", reversed)).exchange().expectStatus().isOk();
        assertThat(images(productId)).extracting(i -> (Object) i.get("id")).containsExactlyElementsOf(reversed);
        assertThat(images(productId)).extracting(i -> (Object) i.get("position")).containsExactly(1, 2, 3);

        expectProblem(api.put().uri("/api/v1/products/{id}/images/order", productId).header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("imageIds", List.of(ids.get(0), ids.get(1)))).exchange(), 409)
                .jsonPath("$.imageIds.length()").isEqualTo(3);

        api.patch().uri("/api/v1/products/{id}/images/{image}", productId, ids.get(1)).header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("alt", "The blue one, from the side")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.alt").isEqualTo("The blue one, from the side");

        String src = (String) images(productId).get(0).get("src");
        api.delete().uri("/api/v1/products/{id}/images/{image}", productId, ids.get(2)).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isNoContent();
        api.get().uri(src).exchange().expectStatus().isNotFound();
        assertThat(images(productId)).extracting(i -> (Object) i.get("id")).containsExactly(ids.get(1), ids.get(0));
        expectProblem(api.delete().uri("/api/v1/products/{id}/images/{image}", productId, ids.get(2))
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);
    }

    @Test
    void givesOnePictureForTheSameBytesUploadedTwiceAtOnce() {
        String admin = adminBearer();
        long productId = product();
        byte[] jpeg = TestImages.jpeg(600, 400, 4242);

        List<Object> ids = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> (Object) uploaded(admin, productId, jpeg).get("id")))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(images(productId)).hasSize(1);
    }

    @Test
    void givesDistinctPositionsToDifferentPicturesUploadedAtOnce() {
        String admin = adminBearer();
        long productId = product();

        List<CompletableFuture<Object>> uploads = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> (Object) uploaded(admin, productId, TestImages.jpeg(240, 240, 9000 + i)).get("id")))
                .toList();
        uploads.forEach(CompletableFuture::join);

        assertThat(images(productId)).extracting(i -> (Object) i.get("position")).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void takesAPictureForAVariantOfTheProductAndRefusesAnotherProductsVariant() {
        String admin = adminBearer();
        long shirt = MediaFixtures.productWithSizes(api, admin, unique("Shirt"), "S", "M");
        long other = MediaFixtures.productWithSizes(api, admin, unique("Other shirt"), "L");
        long medium = MediaFixtures.variantIds(api, admin, shirt).get(1);
        long foreign = MediaFixtures.variantIds(api, admin, other).get(0);

        MediaFixtures.upload(api, admin, shirt, medium, TestImages.jpeg(400, 400, 61))
                .expectStatus().isCreated().expectBody().jsonPath("$.variantId").isEqualTo(medium);
        expectProblem(MediaFixtures.upload(api, admin, shirt, foreign, TestImages.jpeg(400, 400, 62)), 400)
                .jsonPath("$.errors[0].field").isEqualTo("variantId");
        assertThat(images(shirt)).singleElement().satisfies(i -> assertThat(i.get("variantId")).isEqualTo((int) medium));
    }
}
