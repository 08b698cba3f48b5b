package io.aisle.backup.internal;

import io.aisle.backup.BackupManifest;
import io.aisle.backup.BackupRefusedException;
import io.aisle.backup.MariaDbClient;
import io.aisle.backup.ShopBackup;
import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** {@code restore --from=DIR [--force]}: a backup into a stopped shop or an empty database. */
@Component
class RestoreCommand implements AisleCommand {

    private final ShopBackup backup;
    private final SchemaAtStart schemaAtStart;
    private final Environment env;
    private final Path home;

    RestoreCommand(ShopBackup backup, SchemaAtStart schemaAtStart, Environment env, @Value("${aisle.home}") Path home) {
        this.backup = backup;
        this.schemaAtStart = schemaAtStart;
        this.env = env;
        this.home = home;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CommandArguments arguments = FolderArgument.of(args, "from", Set.of("force"));
        Path from = Path.of(arguments.option("from").orElseThrow());
        if (env.getProperty("aisle.db.attached", Boolean.class, false)) {
            throw new BackupRefusedException("The shop on " + home + " is running; stop it first, then restore.");
        }
        MariaDbClient db = MariaDbClient.of(env);
        out.printf("Restoring %s into database %s on %s:%d and %s%n", from, db.database(), db.host(), db.port(), home);
        BackupManifest manifest = backup.restore(from, db, home, arguments.flag("force") || schemaAtStart.wasEmpty());
        out.printf("Restored database %s (schema version %s, backed up at %s) and %d files into %s%n",
                db.database(), manifest.schemaVersion(), manifest.createdAt(), manifest.files().size(), home);
        out.println("Start the shop: it migrates the schema to this version of Aisle if the backup is older.");
        return 0;
    }
}
