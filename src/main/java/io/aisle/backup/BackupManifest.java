package io.aisle.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds, written last as {@code manifest.json}: a folder without it is an unfinished backup.
 * {@code restore} checks every size and checksum, and the schema version, before it changes anything.
 */
public record BackupManifest(int format, String createdAt, String database, String schemaVersion, FileEntry dump,
        List<FileEntry> files) {

    static final int FORMAT = 1;
    static final String FILE = "manifest.json";
    static final String DUMP = "database.sql";

    void write(Path backup, JsonMapper json) {
        Path file = backup.resolve(FILE);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static BackupManifest read(Path backup, JsonMapper json) {
        Path file = backup.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupRefusedException(backup + " is no complete backup: it has no " + FILE + ".");
        }
        try {
            BackupManifest manifest = json.readValue(file.toFile(), BackupManifest.class);
            if (manifest.format() != FORMAT || manifest.dump() == null || manifest.files() == null) {
                throw new BackupRefusedException(file + " is not a manifest this version of Aisle reads.");
            }
            return manifest;
        } catch (JacksonException e) {
            throw new BackupRefusedException(file + " is not a manifest this version of Aisle reads.");
        }
    }

    /** Refuses a backup any of whose files is missing or changed since it was written. */
    void verify(Path backup) {
        Stream.concat(Stream.of(dump), files.stream())
                .filter(entry -> !entry.matches(backup.resolve(entry.path())))
                .findFirst()
                .ifPresent(entry -> {
                    throw new BackupRefusedException("The backup's file " + entry.path()
                            + " is missing or changed since the backup was written (size or SHA-256 differ); nothing was restored.");
                });
    }
}
