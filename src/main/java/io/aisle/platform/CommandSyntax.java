package io.aisle.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command's name, help line and usage as {@code META-INF/aisle/commands.properties} documents them, known
 * without starting the application. The usage is also the grammar {@link #check} holds arguments to:
 * {@code --name=VALUE} is required, {@code [--name=VALUE]} optional, a VALUE with {@code |} lists the only
 * values allowed, {@code [--flag]} takes no value, and {@code (...)} is a comment.
 */
public record CommandSyntax(String name, String description, String usage) {

    static final String DOCUMENTED = "META-INF/aisle/commands.properties";
    private static final Pattern OPTION = Pattern.compile("(\\[)?--([a-z][a-z0-9-]*)(?:=([^\\]\\s]+))?");
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");

    /** Every documented command, by name. */
    public static List<CommandSyntax> documented() {
        Properties properties = new Properties();
        try (InputStream in = CommandSyntax.class.getClassLoader().getResourceAsStream(DOCUMENTED)) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read " + DOCUMENTED, e);
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.endsWith(".description"))
                .map(key -> key.substring(0, key.length() - ".description".length()))
                .map(name -> new CommandSyntax(name, properties.getProperty(name + ".description"),
                        properties.getProperty(name + ".usage", "")))
                .sorted(Comparator.comparing(CommandSyntax::name))
                .toList();
    }

    /** The documented command of this name. */
    public static Optional<CommandSyntax> documented(String name) {
        return documented().stream().filter(syntax -> syntax.name().equals(name)).findFirst();
    }

    /**
     * Throws {@link IllegalArgumentException}, with a message for the person typing, for arguments the usage
     * rules out: an option it does not name, a required one missing, a value not among those listed, a
     * value given to a flag, or words where it takes none. Other mistakes are the command's to find.
     */
    public void check(List<String> args) {
        List<Option> options = options();
        CommandArguments arguments = CommandArguments.parse(args,
                new HashSet<>(options.stream().map(Option::name).toList()));
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments.positional());
        }
        for (Option option : options) {
            option.check(arguments);
        }
    }

    private List<Option> options() {
        List<Option> options = new ArrayList<>();
        Matcher matcher = OPTION.matcher(COMMENT.matcher(usage).replaceAll(""));
        while (matcher.find()) {
            String value = matcher.group(3);
            options.add(new Option(matcher.group(2), matcher.group(1) == null, value,
                    value != null && value.contains("|") ? Set.of(value.split("\\|")) : Set.of()));
        }
        return options;
    }

    /** One option of a usage: its name, whether it must be given, its value as shown, and the allowed values if listed. */
    private record Option(String name, boolean required, String value, Set<String> choices) {

        void check(CommandArguments arguments) {
            if (value == null) {
                if (arguments.hasValue(name)) {
                    throw new IllegalArgumentException("--" + name + " takes no value");
                }
                return;
            }
            Optional<String> given = arguments.option(name);
            if (required && given.isEmpty()) {
                throw new IllegalArgumentException("--" + name + "=" + value + " is required");
            }
            if (!choices.isEmpty() && given.isPresent() && !choices.contains(given.get())) {
                throw new IllegalArgumentException(
                        "--" + name + " must be " + value.replace("|", ", ").replaceFirst(", ([^,]*)$", " or $1")
                                + ", not " + given.get());
            }
        }
    }
}
