package io.aisle.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One file of a backup: its path relative to the backup's folder, its size and its SHA-256. */
public record FileEntry(String path, long bytes, String sha256) {

    /** Describes {@code file}, stored at {@code path} within the backup. */
    static FileEntry of(Path file, String path) {
        return new FileEntry(path, size(file), sha256(file));
    }

    /** Whether {@code file} still is what the backup wrote. */
    boolean matches(Path file) {
        return Files.isRegularFile(file) && size(file) == bytes && sha256(file).equals(sha256);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
