package io.aisle.lab.retail;

import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate-online-retail [--import=ID] [--test-cutoff=DATE] [--horizon-days=N] [--step-days=N]
 * [--training-cutoffs=N]}: trains on an imported Online Retail history and prints the models against the
 * BG/NBD baseline.
 */
@Component
class EvaluateOnlineRetailCommand implements AisleCommand {

    private final OnlineRetailEvaluation evaluation;

    EvaluateOnlineRetailCommand(OnlineRetailEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public String name() {
        return "evaluate-online-retail";
    }

    @Override
    public String description() {
        return "trains churn and spend models on the imported Online Retail customers and compares them with BG/NBD";
    }

    @Override
    public String usage() {
        RetailEvaluationSettings d = RetailEvaluationSettings.DEFAULT;
        return "[--import=ID] (default: the latest) [--test-cutoff=" + d.testCutoff() + "] [--horizon-days="
                + d.horizonDays() + "] [--step-days=" + d.stepDays() + "] [--training-cutoffs=" + d.trainingCutoffs()
                + "]";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CommandArguments arguments = CommandArguments.parse(args,
                Set.of("import", "test-cutoff", "horizon-days", "step-days", "training-cutoffs"));
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments.positional());
        }
        RetailEvaluationSettings d = RetailEvaluationSettings.DEFAULT;
        LocalDate testCutoff;
        try {
            testCutoff = arguments.option("test-cutoff").map(LocalDate::parse).orElse(d.testCutoff());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--test-cutoff must be a date like 2011-09-10");
        }
        RetailEvaluationSettings settings = new RetailEvaluationSettings(testCutoff,
                arguments.intOption("horizon-days", d.horizonDays()), arguments.intOption("step-days", d.stepDays()),
                arguments.intOption("training-cutoffs", d.trainingCutoffs()));
        Optional<Long> importId = arguments.option("import").map(id -> (long) arguments.intOption("import", 0));
        out.println("Evaluating on the UCI Online Retail import (Daqing Chen 2015, doi:10.24432/C5BW33, CC BY 4.0)");
        out.print(evaluation.evaluate(importId, settings).report());
        return 0;
    }
}
