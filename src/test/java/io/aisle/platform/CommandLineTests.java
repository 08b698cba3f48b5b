package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Command dispatch and argument parsing, without starting the application. */
class CommandLineTests {

    /** A command that records what it was given and answers with a fixed exit code or failure. */
    static final class RecordingCommand implements AisleCommand {
        final String name;
        final List<List<String>> calls = new ArrayList<>();
        RuntimeException failure;

        RecordingCommand(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "does " + name;
        }

        @Override
        public String usage() {
            return "--size=N";
        }

        @Override
        public int run(List<String> args, PrintStream out) {
            calls.add(args);
            if (failure != null) {
                throw failure;
            }
            CommandArguments arguments = CommandArguments.parse(args, Set.of("size"));
            out.println("size " + arguments.intOption("size", 1));
            return 0;
        }
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final RecordingCommand importer = new RecordingCommand("import-things");
    private final RecordingCommand trainer = new RecordingCommand("train");
    private final CommandLine commandLine = new CommandLine(List.of(trainer, importer));

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFirstWordNamesACommandWhileOptionsOrNothingStartTheShop() {
        assertThat(CommandLine.isCommand(new String[] {"import-things", "--size=3"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=0"})).isFalse();
    }

    @Test
    void dottedOptionsGoToSpringAndTheRestToTheCommand() {
        String[] args = {"import-things", "--size=3", "--aisle.home=/tmp/x", "extra", "--logging.level.root=WARN", "--dry"};
        assertThat(CommandLine.commandArguments(args)).containsExactly("--size=3", "extra", "--dry");
        assertThat(CommandLine.springArguments(args)).containsExactly("--aisle.home=/tmp/x", "--logging.level.root=WARN");
    }

    @Test
    void theNamedCommandRunsWithItsArgumentsAndItsExitCodeIsReturned() {
        int code = commandLine.run("import-things", List.of("--size=7"), out);

        assertThat(code).isZero();
        assertThat(importer.calls).containsExactly(List.of("--size=7"));
        assertThat(trainer.calls).isEmpty();
        assertThat(printed()).contains("size 7");
    }

    @Test
    void helpListsEveryCommandByName() {
        assertThat(commandLine.run("help", List.of(), out)).isZero();

        assertThat(printed()).contains("import-things", "does import-things", "train", "does train", "--size=N");
        assertThat(printed().indexOf("import-things")).isLessThan(printed().indexOf("does train"));
    }

    @Test
    void anUnknownCommandPrintsTheListAndExitsWith2() {
        assertThat(commandLine.run("tarin", List.of(), out)).isEqualTo(2);

        assertThat(printed()).contains("Unknown command: tarin", "train");
    }

    @Test
    void badArgumentsPrintTheUsageAndExitWith2() {
        assertThat(commandLine.run("train", List.of("--sise=3"), out)).isEqualTo(2);
        assertThat(printed()).contains("unknown option --sise", "usage: train --size=N");

        assertThat(commandLine.run("train", List.of("--size=many"), out)).isEqualTo(2);
        assertThat(printed()).contains("--size must be a whole number");
    }

    @Test
    void aValueTheServicesRefuseIsABadArgumentAndExitsWith2() {
        trainer.failure = new InvalidRequestException("target", "must be churn, spend or all");

        assertThat(commandLine.run("train", List.of("--target=happiness"), out)).isEqualTo(2);
        assertThat(printed()).contains("train: target must be churn, spend or all.", "usage: train --size=N");
    }

    @Test
    void aRefusalOfTheServicesIsPrintedAndExitsWith1() {
        importer.failure = new ConflictException("Already imported", "That file was imported by run 3.");

        assertThat(commandLine.run("import-things", List.of(), out)).isEqualTo(1);
        assertThat(printed()).contains("Already imported. That file was imported by run 3.");
    }

    @Test
    void helpAndAnUnknownCommandAreAnsweredFromTheDocumentedCommandsWithoutStartingTheApplication() {
        assertThat(CommandLine.answerBeforeStart("help", List.of(), out)).hasValue(0);
        assertThat(CommandLine.answerBeforeStart("tarin", List.of(), out)).hasValue(2);

        assertThat(printed()).contains("import-products", "--file=PATH", "train", "[--target=churn|spend|all]",
                "Unknown command: tarin");
    }

    @Test
    void argumentsTheDocumentedUsageRulesOutAreAnsweredWithoutStartingTheApplication() {
        assertThat(CommandLine.answerBeforeStart("import-products", List.of(), out)).hasValue(2);
        assertThat(CommandLine.answerBeforeStart("train", List.of("--target=happiness"), out)).hasValue(2);
        assertThat(CommandLine.answerBeforeStart("restore", List.of("--from=backups/1", "--forse"), out)).hasValue(2);

        assertThat(printed()).contains("import-products: --file=PATH is required", "usage: import-products --file=PATH",
                "train: --target must be churn, spend or all, not happiness", "restore: unknown option --forse");
    }

    @Test
    void argumentsTheDocumentedUsageAllowsGoOnToTheCommand() {
        assertThat(CommandLine.answerBeforeStart("train", List.of("--target=spend"), out)).isEmpty();
        assertThat(CommandLine.answerBeforeStart("restore", List.of("--from=backups/1", "--force"), out)).isEmpty();
        assertThat(CommandLine.answerBeforeStart("reconcile-payments", List.of(), out)).isEmpty();

        assertThat(printed()).isEmpty();
    }

    @Test
    void aUsageIsTheGrammarOfItsOptions() {
        CommandSyntax syntax = new CommandSyntax("pack", "packs", "--into=DIR [--mode=fast|safe] (default safe) [--dry]");

        syntax.check(List.of("--into=out", "--mode=fast", "--dry"));
        assertThatThrownBy(() -> syntax.check(List.of("--mode=safe"))).hasMessage("--into=DIR is required");
        assertThatThrownBy(() -> syntax.check(List.of("--into=out", "--mode=slow")))
                .hasMessage("--mode must be fast or safe, not slow");
        assertThatThrownBy(() -> syntax.check(List.of("--into=out", "--dry=yes"))).hasMessage("--dry takes no value");
        assertThatThrownBy(() -> syntax.check(List.of("--into=out", "--default"))).hasMessage("unknown option --default");
        assertThatThrownBy(() -> syntax.check(List.of("--into=out", "now"))).hasMessage("unexpected arguments [now]");
    }

    @Test
    void argumentsParseIntoOptionsFlagsAndWords() {
        CommandArguments arguments = CommandArguments.parse(List.of("--file=a=b.csv", "--dry", "word"),
                Set.of("file", "dry", "size"));

        assertThat(arguments.option("file")).contains("a=b.csv");
        assertThat(arguments.flag("dry")).isTrue();
        assertThat(arguments.flag("size")).isFalse();
        assertThat(arguments.intOption("size", 4)).isEqualTo(4);
        assertThat(arguments.positional()).containsExactly("word");
        assertThatThrownBy(() -> arguments.option("dry")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandArguments.parse(List.of("--dry", "--dry"), Set.of("dry")))
                .hasMessageContaining("given twice");
    }
}
