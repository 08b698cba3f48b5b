package io.aisle.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

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
        for (Path file : filesOf(root)) {
            String relative = root.relativize(file).toString();
            if (relative.equals(DATABASE_FILES) || relative.startsWith(DATABASE_FILES + "/") || beingWritten(relative)) {
                continue;
            }
            String path = FOLDER + "/" + relative;
            Path copy = backup.resolve(path);
            if (copyPrivately(file, copy)) {
                entries.add(FileEntry.of(copy, path));
            }
        }
        return entries;
    }

    /**
     * The home's regular files, sorted. The shop goes on while a backup runs, so a file may go away between its
     * folder's listing and the look at it (an e-mail's {@code .part} file renamed once written): it is passed over,
     * as the walk of {@code Files.walk} would have failed on it.
     */
    private static List<Path> filesOf(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root, e);
        }
        files.sort(null);
        return files;
    }

    /** A file its writer has not finished (written under a temporary name, then renamed): half a file is no copy. */
    private static boolean beingWritten(String relative) {
        return relative.endsWith(".part") || relative.endsWith(".partial");
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
