package io.aisle.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The S3 storage against a local fake object store that checks what arrives on the wire. */
class S3MediaStorageTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T23:50:00Z"), ZoneOffset.UTC);

    private final FakeS3 s3 = newFake();
    private final S3MediaStorage storage = new S3MediaStorage(s3.endpoint(), "shop-media", "eu-west-1",
            "AKIATESTKEY", "test-secret-key", CLOCK);

    private static FakeS3 newFake() {
        try {
            return new FakeS3();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        s3.close();
    }

    @Test
    void putsAPathStyleObjectWithAWellFormedSignatureOverWhatItSends() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};

        storage.put("products/7/0123456789abcdef01234567-400.jpg", jpeg, "image/jpeg");

        FakeS3.Received put = s3.requests.get(0);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/shop-media/products/7/0123456789abcdef01234567-400.jpg");
        assertThat(put.body()).isEqualTo(jpeg);
        assertThat(put.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(put.header("Content-Length")).isEqualTo(String.valueOf(jpeg.length));
        assertThat(put.header("x-amz-content-sha256")).isEqualTo(SigV4.sha256Hex(jpeg));
        assertThat(put.header("x-amz-date")).isEqualTo("20261204T235000Z");
        assertThat(put.header("Authorization")).matches("AWS4-HMAC-SHA256 Credential=AKIATESTKEY/20261204/eu-west-1/s3/"
                + "aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}");
        assertThat(put.header("Authorization")).isEqualTo(expectedSignature(put));
    }

    @Test
    void readsBackWhatItStoredAndSaysWhenAnObjectIsMissing() {
        storage.put("products/7/a-200.png", new byte[] {9, 8, 7}, "image/png");

        assertThat(storage.get("products/7/a-200.png")).contains(new byte[] {9, 8, 7});
        assertThat(storage.get("products/7/missing-200.png")).isEmpty();
        FakeS3.Received get = s3.requests.get(1);
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.header("Authorization")).isEqualTo(expectedSignature(get));
    }

    @Test
    void deletesObjects() {
        storage.put("products/7/b-200.jpg", new byte[] {1}, "image/jpeg");

        storage.delete("products/7/b-200.jpg");
        storage.delete("products/7/b-200.jpg");

        assertThat(s3.objects).isEmpty();
        assertThat(s3.requests).extracting(FakeS3.Received::method).containsExactly("PUT", "DELETE", "DELETE");
    }

    @Test
    void reportsARefusingStoreAsUnavailable() {
        s3.failingPuts = 1;

        assertThatThrownBy(() -> storage.put("products/7/c-200.jpg", new byte[] {1}, "image/jpeg"))
                .isInstanceOf(StorageUnavailableException.class);
    }

    /** The signature recomputed from the request as received, with the headers it says it signed. */
    private static String expectedSignature(FakeS3.Received request) {
        String authorization = request.header("Authorization");
        String signedNames = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        Map<String, String> signed = new HashMap<>();
        for (String name : signedNames.split(";")) {
            signed.put(name, request.header(name));
        }
        return new SigV4("AKIATESTKEY", "test-secret-key", "eu-west-1", "s3")
                .authorization(request.method(), URI.create(request.path()), signed, request.header("x-amz-content-sha256"));
    }
}
