package io.aisle.platform;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs an {@link AisleCommand} instead of the shop. The first argument decides: a word (not an option
 * starting with {@code -}) names a command, anything else starts the web shop as usual.
 *
 * <p>Arguments after the command name are split in two: options with a dot in their name
 * ({@code --aisle.home=...}, {@code --logging.level.root=WARN}) are Spring properties and configure the
 * application; all the others belong to the command. {@code help} lists the commands.
 */
public final class CommandLine {

    static final String HELP = "help";
    static final int USAGE_ERROR = 2;

    private final List<AisleCommand> commands;

    public CommandLine(List<AisleCommand> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(AisleCommand::name)).toList();
    }

    /** Whether these program arguments ask for a command rather than the web shop. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].isBlank() && !args[0].startsWith("-");
    }

    /** The command's own arguments: everything after its name except Spring properties. */
    static List<String> commandArguments(String[] args) {
        return Arrays.stream(args).skip(1).filter(arg -> !isSpringProperty(arg)).toList();
    }

    /** The Spring properties among the arguments, passed to the application. */
    static String[] springArguments(String[] args) {
        return Arrays.stream(args).skip(1).filter(CommandLine::isSpringProperty).toArray(String[]::new);
    }

    private static boolean isSpringProperty(String arg) {
        if (!arg.startsWith("--")) {
            return false;
        }
        int equals = arg.indexOf('=');
        return (equals < 0 ? arg : arg.substring(0, equals)).contains(".");
    }

    /**
     * Starts the application without its web server, runs the command the arguments name, stops the
     * application and returns the exit code.
     */
    public static int launch(Class<?> application, String[] args) {
        OptionalInt answered = answerBeforeStart(args[0], commandArguments(args), System.out);
        if (answered.isPresent()) {
            return answered.getAsInt();
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    // a command uses a few of the shop's beans: creating only those (and the start-up runners',
                    // lifecycles' and listeners' beans, which Spring creates all the same) halves its start
                    .lazyInitialization(true)
                    // beside a running shop on the embedded database, a command is one more client of its server
                    .properties("aisle.db.attach=true")
                    .run(springArguments(args));
        } catch (RuntimeException e) {
            // Spring has logged why; the caller exits rather than waiting on threads the failed start left
            return 1;
        }
        try (context) {
            List<AisleCommand> commands = List.copyOf(context.getBeansOfType(AisleCommand.class).values());
            return new CommandLine(commands).run(args[0], commandArguments(args), System.out);
        }
    }

    /**
     * Answers {@code help}, an unknown command and arguments its documented usage rules out from
     * {@link CommandSyntax#documented()}, without starting the application (which takes seconds); empty when the
     * command is to run.
     */
    static OptionalInt answerBeforeStart(String name, List<String> args, PrintStream out) {
        List<CommandSyntax> documented = CommandSyntax.documented();
        if (name.equals(HELP)) {
            help(documented, out);
            return OptionalInt.of(0);
        }
        Optional<CommandSyntax> syntax = documented.stream().filter(s -> s.name().equals(name)).findFirst();
        if (syntax.isEmpty()) {
            out.println("Unknown command: " + name);
            help(documented, out);
            return OptionalInt.of(USAGE_ERROR);
        }
        try {
            syntax.get().check(args);
            return OptionalInt.empty();
        } catch (IllegalArgumentException e) {
            return OptionalInt.of(usageError(syntax.get(), e.getMessage(), out));
        }
    }

    /** Runs the named command with its arguments; {@code help} and unknown names print the list. */
    public int run(String name, List<String> args, PrintStream out) {
        if (name.equals(HELP)) {
            help(syntaxes(), out);
            return 0;
        }
        Optional<AisleCommand> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            out.println("Unknown command: " + name);
            help(syntaxes(), out);
            return USAGE_ERROR;
        }
        try {
            return command.get().run(args, out);
        } catch (IllegalArgumentException e) {
            return usageError(syntaxOf(command.get()), e.getMessage(), out);
        } catch (InvalidRequestException e) {
            // a value the services refuse is as bad an argument as one the parser refuses
            return usageError(syntaxOf(command.get()), e.detail(), out);
        } catch (AisleException e) {
            out.println(name + ": " + e.title() + ". " + e.detail());
            return 1;
        }
    }

    private static CommandSyntax syntaxOf(AisleCommand command) {
        return new CommandSyntax(command.name(), command.description(), command.usage());
    }

    private List<CommandSyntax> syntaxes() {
        return commands.stream().map(CommandLine::syntaxOf).toList();
    }

    private static int usageError(CommandSyntax command, String problem, PrintStream out) {
        out.println(command.name() + ": " + problem);
        out.println("usage: " + command.name() + " " + command.usage());
        return USAGE_ERROR;
    }

    private static void help(List<CommandSyntax> commands, PrintStream out) {
        out.println("Commands (java -jar aisle.jar <command> [options]; no command starts the shop):");
        out.printf("  %-24s %s%n", HELP, "lists the commands");
        for (CommandSyntax command : commands) {
            out.printf("  %-24s %s%n", command.name(), command.description());
            if (!command.usage().isBlank()) {
                out.printf("  %-24s %s%n", "", command.usage());
            }
        }
    }
}
