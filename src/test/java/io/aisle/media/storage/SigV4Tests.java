package io.aisle.media.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signer against AWS's published examples: the Signature V4 test suite and the S3 API reference. */
class SigV4Tests {

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void signsTheTestSuitesGetVanillaRequest() {
        SigV4 signer = new SigV4("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");

        String authorization = signer.authorization("GET", URI.create("https://example.amazonaws.com/"),
                Map.of("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z"), EMPTY_SHA256);

        assertThat(authorization).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                + "aws4_request, SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void signsTheS3ReferencesGetObjectExample() {
        SigV4 signer = new SigV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");

        String authorization = signer.authorization("GET", URI.create("https://examplebucket.s3.amazonaws.com/test.txt"),
                Map.of("host", "examplebucket.s3.amazonaws.com", "range", "bytes=0-9",
                        "x-amz-content-sha256", EMPTY_SHA256, "x-amz-date", "20130524T000000Z"), EMPTY_SHA256);

        assertThat(authorization).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                + "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void signsTheS3ReferencesPutObjectExampleWithAnEncodedKey() {
        SigV4 signer = new SigV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");
        String payload = SigV4.sha256Hex("Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8));

        String authorization = signer.authorization("PUT", URI.create("https://examplebucket.s3.amazonaws.com/test$file.text"),
                Map.of("date", "Fri, 24 May 2013 00:00:00 GMT", "host", "examplebucket.s3.amazonaws.com",
                        "x-amz-content-sha256", payload, "x-amz-date", "20130524T000000Z",
                        "x-amz-storage-class", "REDUCED_REDUNDANCY"), payload);

        assertThat(authorization).endsWith("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, "
                + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    }
}
