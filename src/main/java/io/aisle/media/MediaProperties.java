package io.aisle.media;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Media settings under {@code aisle.media}. {@code maxPixels} is checked against the size an image declares
 * in its header, before its pixels are decoded, so a small file that unpacks into gigabytes is refused
 * cheaply. {@code widths} are the responsive sizes made once at upload. {@code storage} is {@code local}
 * (files under {@code $AISLE_HOME/media}) or {@code s3} (the {@code s3} settings, path-style requests).
 * {@code importPrivateAddresses} lets the catalog import fetch pictures from loopback and private networks (off:
 * an import file must not make the shop probe its own network).
 */
@Validated
@ConfigurationProperties("aisle.media")
public record MediaProperties(String storage, DataSize maxSize, @Positive long maxPixels,
        @NotEmpty List<@Positive Integer> widths, Duration importTimeout, Duration cacheTtl, S3 s3, boolean importPrivateAddresses) {

    public record S3(String endpoint, String bucket, String region, String accessKey, String secretKey) {
    }

    public MediaProperties {
        storage = storage == null || storage.isBlank() ? "local" : storage.strip();
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        widths = widths == null ? List.of(200, 400, 800, 1600) : widths.stream().sorted().distinct().toList();
        importTimeout = importTimeout == null ? Duration.ofSeconds(20) : importTimeout;
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(5) : cacheTtl;
        s3 = s3 == null ? new S3(null, null, null, null, null) : s3;
    }
}
