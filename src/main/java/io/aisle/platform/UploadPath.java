package io.aisle.platform;

/**
 * A path whose {@code multipart/form-data} bodies may be as large as {@code aisle.web.max-upload-size}
 * ({@code AISLE_MAX_UPLOAD_SIZE}); every other body is limited to 1 MiB. A module that takes file uploads
 * declares its paths as beans, so that nobody can send 20 MB to any other URL before security has even
 * looked at the request. {@code pattern} is an Ant-style pattern, e.g. {@code /api/v1/products/*}{@code /images}.
 */
public record UploadPath(String pattern) {
}
