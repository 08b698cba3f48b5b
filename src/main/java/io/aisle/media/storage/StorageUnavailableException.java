package io.aisle.media.storage;

import io.aisle.platform.RetryLaterException;
import java.time.Duration;

/** The media storage (disk or object store) failed; nothing that depends on the files was written. */
public class StorageUnavailableException extends RetryLaterException {

    public StorageUnavailableException() {
        super(503, "Media storage unavailable",
                "The pictures cannot be stored or read right now; nothing was saved. Please try again.",
                Duration.ofSeconds(5));
    }
}
