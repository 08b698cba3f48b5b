package io.aisle.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backs up a shop while it runs, and restores it into a stopped shop or an empty database.
 *
 * <p>The database first, as one consistent snapshot, then the home's files: a picture is stored before the
 * row that names it is written, so every picture a dumped row names is already on disk when the files are
 * copied (files that came later are kept too, harmlessly).
 */
@Service
public class ShopBackup {

    private final Clock clock;
    private final JsonMapper json;
    private final Flyway flyway;

    ShopBackup(Clock clock, JsonMapper json, Flyway flyway) {
        this.clock = clock;
        this.json = json;
        this.flyway = flyway;
    }

    /** Writes the database and the files of {@code home} into the new folder {@code to}. */
    public BackupManifest backup(MariaDbClient db, Path home, Path to) {
        try {
            if (Files.exists(to) && (!Files.isDirectory(to) || !isEmpty(to))) {
                throw new BackupRefusedException(to + " already exists and is not empty; a backup goes into a new folder.");
            }
            HomeFiles.createPrivateDirectories(to.toAbsolutePath().normalize());
            String version = db.schemaVersion();
            Path dump = Files.createFile(to.resolve(BackupManifest.DUMP),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            db.dump(dump);
            List<FileEntry> files = HomeFiles.copy(home, to);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, clock.instant().toString(), db.database(),
                    version, FileEntry.of(dump, BackupManifest.DUMP), files);
            manifest.write(to, json);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup to " + to, e);
        }
    }

    /**
     * Replaces the database's tables with the backup's and puts its files into {@code home}. Checks the whole
     * backup first; refuses a database that holds tables unless {@code replace} (a shop is only ever replaced
     * on purpose), and a backup of a newer schema than this version of Aisle knows.
     */
    public BackupManifest restore(Path from, MariaDbClient db, Path home, boolean replace) {
        BackupManifest manifest = BackupManifest.read(from, json);
        manifest.verify(from);
        newestKnownVersion().filter(known -> !"none".equals(manifest.schemaVersion())
                        && MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(known) > 0)
                .ifPresent(known -> {
                    throw new BackupRefusedException("The backup is of a newer Aisle (schema version " + manifest.schemaVersion()
                            + "); this one knows versions up to " + known + ". Restore it with that version.");
                });
        List<String> tables = db.tables();
        if (!tables.isEmpty() && !replace) {
            throw new BackupRefusedException("The database " + db.database() + " is not empty (" + tables.size()
                    + " tables); restore replaces a shop only with --force. Nothing was changed.");
        }
        db.load(dropping(tables), from.resolve(manifest.dump().path()));
        HomeFiles.restore(from, manifest.files(), home);
        return manifest;
    }

    private Optional<MigrationVersion> newestKnownVersion() {
        return Arrays.stream(flyway.info().all())
                .filter(migration -> migration.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null)
                .max(Comparator.naturalOrder());
    }

    /**
     * Statements that empty the database first: a dump drops only its own tables, and tables of newer
     * migrations would otherwise stay behind while the restored schema history says they were never made.
     */
    private static String dropping(List<String> tables) {
        if (tables.isEmpty()) {
            return "";
        }
        return "SET FOREIGN_KEY_CHECKS = 0;\n"
                + tables.stream().map(table -> "DROP VIEW IF EXISTS `" + table + "`;\nDROP TABLE IF EXISTS `" + table + "`;")
                        .collect(Collectors.joining("\n"))
                + "\nSET FOREIGN_KEY_CHECKS = 1;\n";
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }
}
