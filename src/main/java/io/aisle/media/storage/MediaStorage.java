package io.aisle.media.storage;

import java.util.Optional;

/**
 * Where media files live: names like {@code products/12/3fa9c2e1d0b4a7c1-400.jpg} map to bytes. Files are
 * written once and never changed (a new picture gets a new name), so they can be cached for a year.
 */
public interface MediaStorage {

    void put(String name, byte[] bytes, String contentType);

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> get(String name);

    /** Deletes the file; deleting a missing file is not an error. */
    void delete(String name);
}
