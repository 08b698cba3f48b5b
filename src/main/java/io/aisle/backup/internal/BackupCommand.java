package io.aisle.backup.internal;

import io.aisle.backup.BackupManifest;
import io.aisle.backup.MariaDbClient;
import io.aisle.backup.ShopBackup;
import io.aisle.platform.AisleCommand;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** {@code backup --to=DIR}: the database and the home's files, while the shop runs. */
@Component
class BackupCommand implements AisleCommand {

    private final ShopBackup backup;
    private final Environment env;
    private final Path home;

    BackupCommand(ShopBackup backup, Environment env, @Value("${aisle.home}") Path home) {
        this.backup = backup;
        this.env = env;
        this.home = home;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Path to = Path.of(FolderArgument.of(args, "to", Set.of()).option("to").orElseThrow());
        MariaDbClient db = MariaDbClient.of(env);
        out.printf("Backing up database %s on %s:%d and the files of %s to %s%n", db.database(), db.host(), db.port(),
                home, to);
        BackupManifest manifest = backup.backup(db, home, to);
        out.printf("Backed up database %s (schema version %s, %,d bytes) and %d files to %s%n", manifest.database(),
                manifest.schemaVersion(), manifest.dump().bytes(), manifest.files().size(), to);
        out.println("It holds the shop's secrets (the JWT key, database passwords): keep it as safe as the shop itself.");
        return 0;
    }
}
