package io.aisle.lab.loading;

import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code export-training-data [--customers=N] [--months=M] [--seed=S] [--file=PATH]}: simulates customers,
 * loads them into this shop's database (use a throwaway AISLE_HOME) and writes the training file; the
 * defaults make the committed {@code data/user_behavior_training.csv}.
 */
@Component
class ExportTrainingDataCommand implements AisleCommand {

    private final TrainingDataExport export;

    ExportTrainingDataCommand(TrainingDataExport export) {
        this.export = export;
    }

    @Override
    public String name() {
        return "export-training-data";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("customers", "months", "seed", "file"));
        SimulationSettings defaults = SimulationSettings.defaults();
        SimulationSettings settings = SimulationSettings.of(arguments.intOption("customers", defaults.customers()),
                arguments.intOption("months", defaults.months()), arguments.intOption("seed", (int) defaults.seed()));
        Path file = Path.of(arguments.option("file", "data/user_behavior_training.csv"));
        try (Writer writer = Files.newBufferedWriter(file)) {
            int rows = export.export(settings, writer);
            out.printf("Wrote %,d customers to %s%n", rows, file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return 0;
    }
}
