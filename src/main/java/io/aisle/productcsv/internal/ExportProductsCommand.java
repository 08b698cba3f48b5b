package io.aisle.productcsv.internal;

import io.aisle.platform.AisleCommand;
import io.aisle.productcsv.CatalogExport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code export-products --file=PATH}: writes the catalog as a Shopify product CSV. */
@Component
class ExportProductsCommand implements AisleCommand {

    private final CatalogExport export;

    ExportProductsCommand(CatalogExport export) {
        this.export = export;
    }

    @Override
    public String name() {
        return "export-products";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Path file = FileArgument.of(args);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int products = export.write(writer);
            out.printf("Wrote %,d products to %s%n", products, file);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
