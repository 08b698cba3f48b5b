package io.aisle.media.internal;

import io.aisle.media.MediaProperties;
import io.aisle.media.storage.MediaStorage;
import io.aisle.platform.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MediaConfiguration {

    @Bean
    PictureFiles pictureFiles(MediaProperties properties, MediaStorage storage) {
        return new PictureFiles(new ImageDecoder(properties.maxSize().toBytes(), properties.maxPixels()),
                new Renditions(properties.widths()), storage);
    }

    /** Pictures arrive as multipart bodies larger than the 1 MiB of other requests. */
    @Bean
    UploadPath productImageUploads() {
        return new UploadPath("/api/v1/products/*/images");
    }

    @Bean
    ImageDownloader imageDownloader(MediaProperties properties) {
        return new ImageDownloader(properties.maxSize().toBytes(), properties.importTimeout(),
                properties.importPrivateAddresses());
    }
}
