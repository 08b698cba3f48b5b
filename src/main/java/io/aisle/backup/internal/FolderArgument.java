package io.aisle.backup.internal;

import io.aisle.platform.CommandArguments;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The folder option of {@code backup} and {@code restore} ({@code --to=DIR}, {@code --from=DIR}), required. */
final class FolderArgument {

    private FolderArgument() {
    }

    static CommandArguments of(List<String> args, String folder, Set<String> flags) {
        Set<String> allowed = new HashSet<>(flags);
        allowed.add(folder);
        CommandArguments arguments = CommandArguments.parse(args, allowed);
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments.positional());
        }
        if (arguments.option(folder).filter(value -> !value.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("--" + folder + "=DIR is required");
        }
        return arguments;
    }
}
