package io.aisle.media;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Products with sizes and pictures of variants, made through the admin API, for the media tests. */
public final class MediaFixtures {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private MediaFixtures() {
    }

    /** A product with one option, Size, and a variant per size (in stock); returns its id. */
    public static long productWithSizes(RestTestClient api, String admin, String name, String... sizes) {
        String sku = ("MEDIA-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
        List<Map<String, Object>> variants = new ArrayList<>();
        for (String size : sizes) {
            variants.add(Map.of("sku", sku + "-" + size, "options", List.of(size), "price", new BigDecimal("30.00"),
                    "stock", 5));
        }
        Map<String, Object> created = api.post().uri("/api/v1/products").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("sku", sku, "name", name, "brand", "Testbrand", "category", "clothing",
                        "description", "A product with sizes made by a media test.", "price", new BigDecimal("30.00"),
                        "stock", 0, "options", List.of("Size"), "variants", variants))
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        return ((Number) created.get("id")).longValue();
    }

    /** The product's variant ids in their order. */
    @SuppressWarnings("unchecked")
    public static List<Long> variantIds(RestTestClient api, String admin, long productId) {
        List<Map<String, Object>> variants = (List<Map<String, Object>>) api.get()
                .uri("/api/v1/products/{id}/variants", productId).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody().get("variants");
        return variants.stream().map(v -> ((Number) v.get("id")).longValue()).toList();
    }

    /** Uploads the picture for the product, or for one of its variants when variantId is set. */
    public static RestTestClient.ResponseSpec upload(RestTestClient api, String admin, long productId, Long variantId,
            byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.IMAGE_JPEG);
        part.setContentDispositionFormData("file", "picture.jpg");
        form.add("file", new HttpEntity<>(bytes, part));
        if (variantId != null) {
            form.add("variantId", variantId.toString());
        }
        return api.post().uri("/api/v1/products/{id}/images", productId).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange();
    }
}
