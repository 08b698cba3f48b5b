package io.aisle.training.internal;

import io.aisle.modeling.ModelTarget;
import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobs;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code train [--target=churn|spend|all]}: runs a training job now, the same as the admin's Retrain
 * button, and shows its progress as a bar. On a terminal the bar redraws in place; in a log or a pipe each
 * phase gets a line of its own.
 */
@Component
class TrainCommand implements AisleCommand {

    private static final int WIDTH = 30;
    private static final long POLL_MILLIS = 200;

    private final TrainingJobs jobs;

    TrainCommand(TrainingJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return "train";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("target"));
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + arguments.positional());
        }
        Set<ModelTarget> targets = ModelTarget.parseTargets(arguments.option("target", "all"));
        boolean terminal = System.console() != null;
        TrainingJob job = jobs.start(targets, "command line");
        String shownPhase = null;
        while (!job.status().finished()) {
            if (terminal) {
                out.print("\r" + bar(job));
            } else if (!job.phase().equals(shownPhase)) {
                out.println(bar(job));
            }
            shownPhase = job.phase();
            sleep();
            job = jobs.get(job.id());
        }
        out.print(terminal ? "\r" + bar(job) + System.lineSeparator() : bar(job) + System.lineSeparator());
        out.println(job.status() == TrainingJob.Status.SUCCEEDED ? job.message() : "Training failed: " + job.message());
        return job.status() == TrainingJob.Status.SUCCEEDED ? 0 : 1;
    }

    /** {@code [##########..........]  45 %  training churn: linear (12,345 rows)} */
    static String bar(TrainingJob job) {
        int filled = job.percent() * WIDTH / 100;
        return "[%s%s] %3d %%  %s (%,d rows)".formatted("#".repeat(filled), ".".repeat(WIDTH - filled), job.percent(),
                job.phase(), job.rows());
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        }
    }
}
