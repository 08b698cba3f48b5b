package io.aisle.media.storage;

import io.aisle.media.MediaProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the media storage: local files unless {@code aisle.media.storage=s3}. */
@Configuration
class StorageConfiguration {

    @Bean
    MediaStorage mediaStorage(MediaProperties properties, @Value("${aisle.home}") Path home, Clock clock) {
        return switch (properties.storage()) {
            case "local" -> new LocalMediaStorage(home.resolve("media"));
            case "s3" -> s3(properties.s3(), clock);
            default -> throw new IllegalStateException(
                    "AISLE_MEDIA_STORAGE must be local or s3, not '" + properties.storage() + "'");
        };
    }

    private static MediaStorage s3(MediaProperties.S3 s3, Clock clock) {
        if (blank(s3.endpoint()) || blank(s3.bucket()) || blank(s3.accessKey()) || blank(s3.secretKey())) {
            throw new IllegalStateException("AISLE_MEDIA_STORAGE=s3 needs AISLE_MEDIA_S3_ENDPOINT, AISLE_MEDIA_S3_BUCKET, "
                    + "AISLE_MEDIA_S3_ACCESS_KEY and AISLE_MEDIA_S3_SECRET_KEY");
        }
        String region = blank(s3.region()) ? "us-east-1" : s3.region();
        return new S3MediaStorage(URI.create(s3.endpoint()), s3.bucket(), region, s3.accessKey(), s3.secretKey(), clock);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
