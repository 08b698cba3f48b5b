package io.aisle.productcsv.internal;

import io.aisle.platform.AisleCommand;
import io.aisle.productcsv.CatalogImports;
import io.aisle.productcsv.ImportRun;
import io.aisle.productcsv.ImportStatus;
import io.aisle.productcsv.RowError;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code import-products --file=PATH}: imports a Shopify product CSV now, with a line per phase and per tenth of
 * the products, then the outcome: what was created and updated (exit 0), or every error with its row and column,
 * and nothing changed (exit 1).
 */
@Component
class ImportProductsCommand implements AisleCommand {

    private final CatalogImports imports;

    ImportProductsCommand(CatalogImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-products";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Path file = FileArgument.of(args);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        out.println("Importing " + file);
        int[] shownTenth = {-1};
        ImportRun run = imports.importNow(file.getFileName().toString(), read(file), "command line",
                (phase, products, processed) -> {
                    int tenth = products == 0 ? 0 : processed * 10 / products;
                    if (tenth != shownTenth[0] || processed == 0) {
                        shownTenth[0] = tenth;
                        out.printf("%s: %,d of %,d products%n", phase, processed, products);
                    }
                });
        if (run.status() == ImportStatus.SUCCEEDED) {
            out.printf("Imported %,d products from %,d rows: %,d created, %,d updated.%n", run.products(), run.rows(),
                    run.created(), run.updated());
            return 0;
        }
        out.println(run.message());
        for (RowError error : run.errors()) {
            out.printf("row %d%s: %s%n", error.row(), error.column().isEmpty() ? "" : ", " + error.column(),
                    error.message());
        }
        if (run.errorCount() > run.errors().size()) {
            out.printf("... and %,d more errors%n", run.errorCount() - run.errors().size());
        }
        return 1;
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > CatalogImports.MAX_FILE_BYTES) {
                throw new IllegalArgumentException("the file is larger than " + CatalogImports.MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
