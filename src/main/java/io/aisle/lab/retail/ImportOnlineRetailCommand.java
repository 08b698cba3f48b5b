package io.aisle.lab.retail;

import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code import-online-retail [--file=PATH]}: imports the UCI Online Retail file, printing progress. */
@Component
class ImportOnlineRetailCommand implements AisleCommand {

    /** Where the file lies for a clone next to the shared data (the repository root as working directory). */
    static final String DEFAULT_FILE = "../shared/data/online-retail/online_retail.csv.gz";

    private final OnlineRetailImport importer;

    ImportOnlineRetailCommand(OnlineRetailImport importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-online-retail";
    }

    @Override
    public String description() {
        return "imports the UCI Online Retail transaction log (CSV, gzip or plain) as customers, archived products and orders";
    }

    @Override
    public String usage() {
        return "[--file=PATH] (default " + DEFAULT_FILE + ")";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("file"));
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments.positional());
        }
        Path file = Path.of(arguments.option("file", DEFAULT_FILE));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        out.println("Importing " + file + " (UCI Online Retail, Daqing Chen 2015, doi:10.24432/C5BW33, CC BY 4.0)");
        RetailImportResult result = importer.importFile(file, out::println);
        out.println(result.summary());
        return 0;
    }
}
