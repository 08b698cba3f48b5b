package io.aisle.media.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Media files in a directory ({@code $AISLE_HOME/media} by default). A file is written under a temporary
 * name and moved into place, so a reader never sees half a file, even when the process dies mid-write.
 */
public final class LocalMediaStorage implements MediaStorage {

    private static final Logger log = LoggerFactory.getLogger(LocalMediaStorage.class);

    private final Path root;

    public LocalMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String name, byte[] bytes, String contentType) {
        Path target = resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("Cannot store media file {}: {}", name, e.toString());
            throw new StorageUnavailableException();
        }
    }

    @Override
    public Optional<byte[]> get(String name) {
        try {
            return Optional.of(Files.readAllBytes(resolve(name)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Cannot read media file {}: {}", name, e.toString());
            throw new StorageUnavailableException();
        }
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            log.warn("Cannot delete media file {}: {}", name, e.toString());
            throw new StorageUnavailableException();
        }
    }

    /** A name never leaves the media directory, whatever it contains. */
    private Path resolve(String name) {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a media file name: " + name);
        }
        return path;
    }
}
