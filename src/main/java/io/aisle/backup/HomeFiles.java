package io.aisle.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an {@code AISLE_HOME} that a backup keeps: everything but {@code db/}, whose files the running
 * server changes under us (the database is backed up by its dump instead). Copies are readable by their owner
 * only, since {@code secrets/} holds the JWT key and the database passwords.
 */
final class HomeFiles {

    static final String FOLDER = "home";
    private static final String DATABASE_FILES = "db";

    private HomeFiles() {
    }

    /** Copies the home's files into {@code backup}/home and describes each copy. */
    static List<FileEntry> copy(Path home, Path backup) {
        Path root = home.toAbsolutePath().normalize();
        List<FileEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return entries;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString();
                if (relative.equals(DATABASE_FILES) || relative.startsWith(DATABASE_FILES + "/")) {
                    continue;
                }
                String path = FOLDER + "/" + relative;
                Path copy = backup.resolve(path);
                if (copyPrivately(file, copy)) {
                    entries.add(FileEntry.of(copy, path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root, e);
        }
        return entries;
    }

    /** Puts the backup's files back into {@code home}, replacing files of the same name. */
    static void restore(Path backup, List<FileEntry> entries, Path home) {
        Path root = home.toAbsolutePath().normalize();
        for (FileEntry entry : entries) {
            Path target = root.resolve(entry.path().substring(FOLDER.length() + 1)).normalize();
            if (!target.startsWith(root) || target.startsWith(root.resolve(DATABASE_FILES))) {
                throw new BackupRefusedException("The manifest names a file outside the home's files: " + entry.path());
            }
            copyPrivately(backup.resolve(entry.path()), target);
        }
    }

    /** Copies with owner-only permissions; false when the file went away meanwhile (a picture just deleted). */
    private static boolean copyPrivately(Path from, Path to) {
        try {
            createPrivateDirectories(to.getParent());
            Path partial = to.resolveSibling(to.getFileName() + ".partial");
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException e) {
            if (Files.exists(from)) {
                throw new UncheckedIOException(e);
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }

    static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createPrivateDirectories(dir.getParent());
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}
