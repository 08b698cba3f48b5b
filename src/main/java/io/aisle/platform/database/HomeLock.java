package io.aisle.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who owns the embedded database of an {@code AISLE_HOME}: a lock on {@code db/aisle.lock} held by the
 * owning JVM for as long as it lives. The operating system releases it when the JVM dies, even by
 * {@code kill -9}, so a lock that cannot be taken means a live owner, and a server left on the data
 * directory without one is an orphan that the next owner may stop. The file names the owner's pid.
 */
final class HomeLock {

    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails naming the live process that holds it. */
    static HomeLock acquire(Path dbDir) {
        Path file = dbDir.resolve("aisle.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DatabaseInUseException("The embedded database in " + dbDir + " belongs to another running "
                        + "Aisle process (pid " + owner(file) + "). Stop it first, or give this one its own AISLE_HOME.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new HomeLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this JVM already owns it through another server object
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock dies with the channel or the JVM anyway
        }
    }

    private static String owner(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "unknown" : pid;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The database directory is in use by a live process; starting a second server on it would corrupt it. */
    static final class DatabaseInUseException extends IllegalStateException {

        DatabaseInUseException(String message) {
            super(message);
        }
    }
}
