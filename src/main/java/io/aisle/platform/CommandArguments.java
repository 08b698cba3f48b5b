package io.aisle.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: options {@code --name=value}, flags {@code --name}, and positional words. Bad
 * input throws {@link IllegalArgumentException} with a message for the person typing.
 */
public final class CommandArguments {

    private final Map<String, String> options;
    private final List<String> positional;

    private CommandArguments(Map<String, String> options, List<String> positional) {
        this.options = options;
        this.positional = positional;
    }

    /** Parses the arguments; only the names in {@code allowed} may appear as options or flags. */
    public static CommandArguments parse(List<String> args, Set<String> allowed) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (options.containsKey(name)) {
                throw new IllegalArgumentException("option --" + name + " given twice");
            }
            options.put(name, equals < 0 ? null : arg.substring(equals + 1));
        }
        return new CommandArguments(options, List.copyOf(positional));
    }

    /** The value of {@code --name=value}, if given. */
    public Optional<String> option(String name) {
        String value = options.get(name);
        if (value == null && options.containsKey(name)) {
            throw new IllegalArgumentException("option --" + name + " needs a value: --" + name + "=...");
        }
        return Optional.ofNullable(value);
    }

    public String option(String name, String defaultValue) {
        return option(name).orElse(defaultValue);
    }

    public int intOption(String name, int defaultValue) {
        String value = option(name, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " must be a whole number, not " + value);
        }
    }

    /** Whether {@code --name} was given (with or without a value). */
    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** Whether {@code --name=value} was given with a value. */
    boolean hasValue(String name) {
        return options.get(name) != null;
    }

    public List<String> positional() {
        return positional;
    }
}
