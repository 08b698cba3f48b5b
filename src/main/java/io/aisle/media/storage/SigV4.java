package io.aisle.media.storage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for a request without query parameters (all the S3 storage sends): the
 * {@code Authorization} header over the method, the path, the given headers and the payload's SHA-256.
 * Checked against AWS's published test vectors ({@code SigV4Tests}).
 */
final class SigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    SigV4(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /**
     * The Authorization header value. {@code headers} are the headers to sign (any case), among them
     * {@code host} and {@code x-amz-date} (yyyyMMdd'T'HHmmss'Z'); {@code payloadSha256} is the hex hash of the body.
     */
    String authorization(String method, URI uri, Map<String, String> headers, String payloadSha256) {
        SortedMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(), value.strip().replaceAll("\\s+", " ")));
        String amzDate = signed.get("x-amz-date");
        String date = amzDate.substring(0, 8);
        String signedNames = String.join(";", signed.keySet());
        // the empty line is the canonical query string: these requests have none
        String canonicalRequest = method + "\n" + canonicalPath(uri) + "\n\n"
                + signed.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining())
                + "\n" + signedNames + "\n" + payloadSha256;
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(bytes(canonicalRequest));
        byte[] key = hmac(hmac(hmac(hmac(bytes("AWS4" + secretKey), date), region), service), "aws4_request");
        return ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedNames
                + ", Signature=" + HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** S3 encodes each path segment once (RFC 3986 unreserved characters stay as they are). */
    private static String canonicalPath(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder out = new StringBuilder();
        for (byte b : java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(bytes(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
