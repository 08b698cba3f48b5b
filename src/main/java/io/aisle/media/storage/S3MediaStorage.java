package io.aisle.media.storage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Media files in an S3-compatible object store (AWS S3, MinIO, Ceph, R2, ...), addressed path-style
 * ({@code endpoint/bucket/name}) and signed with AWS Signature Version 4. The shop serves the files itself
 * under {@code /media/}, so the bucket can stay private.
 */
public final class S3MediaStorage implements MediaStorage {

    private static final Logger log = LoggerFactory.getLogger(S3MediaStorage.class);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String bucket;
    private final SigV4 signer;
    private final Clock clock;

    public S3MediaStorage(URI endpoint, String bucket, String region, String accessKey, String secretKey, Clock clock) {
        this.endpoint = URI.create(endpoint.toString().replaceAll("/+$", ""));
        this.bucket = bucket;
        this.signer = new SigV4(accessKey, secretKey, region, "s3");
        this.clock = clock;
    }

    @Override
    public void put(String name, byte[] bytes, String contentType) {
        HttpResponse<byte[]> response = send("PUT", name, bytes, contentType);
        if (response.statusCode() / 100 != 2) {
            throw failure("store", name, response);
        }
    }

    @Override
    public Optional<byte[]> get(String name) {
        HttpResponse<byte[]> response = send("GET", name, new byte[0], null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw failure("read", name, response);
        }
        return Optional.of(response.body());
    }

    @Override
    public void delete(String name) {
        HttpResponse<byte[]> response = send("DELETE", name, new byte[0], null);
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw failure("delete", name, response);
        }
    }

    private HttpResponse<byte[]> send(String method, String name, byte[] body, String contentType) {
        URI uri = URI.create(endpoint + "/" + bucket + "/" + name);
        String payloadHash = SigV4.sha256Hex(body);
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        signed.put("x-amz-content-sha256", payloadHash);
        signed.put("x-amz-date", AMZ_DATE.format(clock.instant()));
        if (contentType != null) {
            signed.put("content-type", contentType);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 && !"PUT".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", signer.authorization(method, uri, signed, payloadHash));
        signed.forEach((header, value) -> {
            if (!header.equals("host")) { // the client writes Host itself, from the URI, as signed above
                request.header(header, value);
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            log.warn("The object store at {} cannot be reached: {}", endpoint, e.toString());
            throw new StorageUnavailableException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException();
        }
    }

    private static StorageUnavailableException failure(String action, String name, HttpResponse<byte[]> response) {
        log.warn("The object store refused to {} {}: HTTP {}", action, name, response.statusCode());
        return new StorageUnavailableException();
    }
}
