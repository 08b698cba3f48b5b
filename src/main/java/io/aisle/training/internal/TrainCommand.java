package io.aisle.training.internal;

import io.aisle.modeling.ModelTarget;
import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandArguments;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobChanged;
import io.aisle.training.TrainingJobs;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
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
    private final AtomicInteger watching = new AtomicInteger();
    private final Map<Long, Queue<TrainingJob>> changes = new ConcurrentHashMap<>();

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
        watching.incrementAndGet();
        try {
            TrainingJob job = jobs.start(targets, "command line");
            String shownPhase = null;
            while (!job.status().finished()) {
                if (terminal) {
                    out.print("\r" + bar(job));
                } else {
                    shownPhase = printNewPhases(changesOf(job), shownPhase, out);
                }
                sleep();
                job = jobs.get(job.id());
            }
            if (!terminal) {
                // the phases between the last look and the end, however short
                printNewPhases(changesOf(job).stream().filter(seen -> !seen.status().finished()).toList(), shownPhase, out);
            }
            return finish(job, terminal, out);
        } finally {
            if (watching.decrementAndGet() == 0) {
                changes.clear();
            }
        }
    }

    /**
     * Every change of a job this instance runs, while a command watches: a phase shorter than the bar's poll
     * would otherwise never be shown in a log.
     */
    @EventListener
    void record(TrainingJobChanged changed) {
        if (watching.get() > 0) {
            changes.computeIfAbsent(changed.job().id(), id -> new ConcurrentLinkedQueue<>()).add(changed.job());
        }
    }

    /** The job's changes seen since the last call, in order, then the job as read now. */
    private List<TrainingJob> changesOf(TrainingJob job) {
        List<TrainingJob> seen = new ArrayList<>();
        Queue<TrainingJob> queue = changes.getOrDefault(job.id(), new ConcurrentLinkedQueue<>());
        for (TrainingJob change = queue.poll(); change != null; change = queue.poll()) {
            seen.add(change);
        }
        seen.add(job);
        return seen;
    }

    private static String printNewPhases(List<TrainingJob> seen, String shownPhase, PrintStream out) {
        for (TrainingJob change : seen) {
            if (!change.phase().equals(shownPhase)) {
                out.println(bar(change));
                shownPhase = change.phase();
            }
        }
        return shownPhase;
    }

    private static int finish(TrainingJob job, boolean terminal, PrintStream out) {
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
