package io.aisle.lab.retail;

import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate-online-retail [--import=ID] [--test-cutoff=DATE] [--horizon-days=N] [--step-days=N]
 * [--training-cutoffs=N] [--windows=DATE:DAYS,...]}: trains on an imported Online Retail history and prints
 * the models against the BG/NBD baseline, for one window or for several in turn (then with a summary table
 * of the shop's chosen models against the baseline).
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
                + "] [--windows=2011-09-10:91,2011-10-10:30,2011-08-09:126] (several test cutoffs and horizons in turn)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CommandArguments arguments = CommandArguments.parse(args,
                Set.of("import", "test-cutoff", "horizon-days", "step-days", "training-cutoffs", "windows"));
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments.positional());
        }
        RetailEvaluationSettings d = RetailEvaluationSettings.DEFAULT;
        int step = arguments.intOption("step-days", d.stepDays());
        int cutoffs = arguments.intOption("training-cutoffs", d.trainingCutoffs());
        List<RetailEvaluationSettings> windows = new ArrayList<>();
        Optional<String> several = arguments.option("windows");
        if (several.isPresent()) {
            if (arguments.option("test-cutoff").isPresent() || arguments.option("horizon-days").isPresent()) {
                throw new IllegalArgumentException("--windows names the test cutoffs and horizons: "
                        + "leave out --test-cutoff and --horizon-days");
            }
            for (String window : several.get().split(",")) {
                String[] parts = window.strip().split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("--windows takes DATE:DAYS pairs such as 2011-09-10:91");
                }
                windows.add(new RetailEvaluationSettings(date(parts[0]), days(parts[1]), step, cutoffs));
            }
        } else {
            windows.add(new RetailEvaluationSettings(arguments.option("test-cutoff").map(this::date)
                    .orElse(d.testCutoff()), arguments.intOption("horizon-days", d.horizonDays()), step, cutoffs));
        }
        Optional<Long> importId = arguments.option("import").map(id -> (long) arguments.intOption("import", 0));
        out.println("Evaluating on the UCI Online Retail import (Daqing Chen 2015, doi:10.24432/C5BW33, CC BY 4.0)");
        List<RetailEvaluation> reports = new ArrayList<>();
        for (RetailEvaluationSettings window : windows) {
            RetailEvaluation report = evaluation.evaluate(importId, window);
            reports.add(report);
            out.println();
            out.print(report.report());
        }
        if (reports.size() > 1) {
            out.println();
            out.print(RetailEvaluation.summary(reports));
        }
        return 0;
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a test cutoff must be a date like 2011-09-10, not " + text);
        }
    }

    private int days(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a horizon must be a number of days, not " + text);
        }
    }
}
