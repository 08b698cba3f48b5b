package io.aisle.productcsv.internal;

import io.aisle.platform.CommandArguments;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The one argument of the catalog commands: {@code --file=PATH}; anything else is a usage error (exit 2). */
final class FileArgument {

    private FileArgument() {
    }

    static Path of(List<String> args) {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("file"));
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments.positional());
        }
        return Path.of(arguments.option("file").orElseThrow(() -> new IllegalArgumentException("--file=PATH is required")));
    }
}
