package io.aisle.productcsv;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The import API as a client uses it: upload a file, follow its run until it ends, download the export. */
record ImportApi(RestTestClient api, String bearer) {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    RestTestClient.ResponseSpec upload(String csv, String filename) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.parseMediaType("text/csv"));
        part.setContentDispositionFormData("file", filename);
        form.add("file", new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), part));
        return api.post().uri("/api/v1/admin/products/imports").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange();
    }

    /** Uploads the file and returns its run's id. */
    long start(String csv) {
        Map<String, Object> run = upload(csv, "products.csv").expectStatus().isAccepted()
                .expectBody(JSON).returnResult().getResponseBody();
        return ((Number) run.get("id")).longValue();
    }

    Map<String, Object> run(long id) {
        return api.get().uri("/api/v1/admin/products/imports/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    /** The run once it has ended. */
    Map<String, Object> finished(long id) {
        return await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                .until(() -> run(id), run -> run.get("status").equals("SUCCEEDED") || run.get("status").equals("FAILED"));
    }

    /** Imports the file and returns the finished run. */
    Map<String, Object> importFile(String csv) {
        return finished(start(csv));
    }

    /** The export of the products whose name, brand or description has {@code q}. */
    String export(String q) {
        return api.get().uri("/api/v1/admin/products/export?q={q}", q).header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
