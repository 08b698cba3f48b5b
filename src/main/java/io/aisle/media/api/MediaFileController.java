package io.aisle.media.api;

import io.aisle.media.storage.MediaStorage;
import io.aisle.platform.NotFoundException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored pictures. A file's name is new for every upload and its bytes never change, so browsers and
 * CDNs may keep it for a year without asking again ({@code immutable}).
 */
@RestController
class MediaFileController {

    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaStorage storage;

    MediaFileController(MediaStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/media/products/{productId:\\d+}/{file:[0-9a-f]{24}-\\d{1,5}\\.(?:jpg|png)}")
    ResponseEntity<byte[]> file(@PathVariable String productId, @PathVariable String file) {
        byte[] bytes = storage.get("products/" + productId + "/" + file)
                .orElseThrow(() -> new NotFoundException("There is no such picture."));
        return ResponseEntity.ok()
                .cacheControl(FOREVER)
                .contentType(file.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
                .body(bytes);
    }
}
