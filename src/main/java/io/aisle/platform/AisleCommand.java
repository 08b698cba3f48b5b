package io.aisle.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line task of the application, run instead of the web shop: {@code java -jar aisle.jar <name>
 * [options]}. Any module adds one by declaring a bean that implements this; {@link CommandLine} finds it by
 * {@link #name()}. The application starts without its web server, runs the command and exits with the code
 * it returns.
 */
public interface AisleCommand {

    /** What to type: lower-case words joined by dashes, for example {@code import-online-retail}. */
    String name();

    /** One line for {@code help}: as {@code META-INF/aisle/commands.properties} documents it. */
    default String description() {
        return documented().description();
    }

    /**
     * The options, shown by {@code help} and after a usage error, for example {@code --file=PATH}: as
     * {@code META-INF/aisle/commands.properties} documents them, where they are checked before the application
     * starts ({@link CommandSyntax}).
     */
    default String usage() {
        return documented().usage();
    }

    private CommandSyntax documented() {
        return CommandSyntax.documented(name()).orElseThrow(() -> new IllegalStateException(
                "The command " + name() + " is missing from " + CommandSyntax.DOCUMENTED));
    }

    /**
     * Runs the command and returns the process exit code (0 for success). {@code args} are the command's
     * own arguments (without the command name and without Spring properties); parse them with
     * {@link CommandArguments}, whose {@link IllegalArgumentException} is shown as a usage error (exit 2).
     */
    int run(List<String> args, PrintStream out);
}
