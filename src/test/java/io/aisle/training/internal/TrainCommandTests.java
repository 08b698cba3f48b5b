package io.aisle.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.AisleCommand;
import io.aisle.platform.CommandLine;
import io.aisle.training.TrainingJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * {@code train} from the command line: a real job, its phases shown as a bar (polled, so a phase shorter than
 * the poll may go unseen), the outcome, the exit code.
 */
class TrainCommandTests extends ApiTest {

    @Autowired
    List<AisleCommand> commands;

    @Autowired
    ApplicationContext context;

    @Test
    void trainRunsAJobAndShowsEachPhaseAsABarUntilDone() {
        ActiveModelsFixture.ensure(context); // customers with a history to learn from
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = new CommandLine(commands).run("train", List.of("--target=churn"),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(code).as(output).isZero();
        assertThat(output).contains("reading features", "[" + "#".repeat(30) + "] 100 %  done")
                .containsPattern("churn: model \\d+, auc 0\\.\\d+").doesNotContain("spend: model");
    }

    @Test
    void anUnknownTargetIsRefusedWithoutStartingAJob() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = new CommandLine(commands).run("train", List.of("--target=happiness"),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(code).isNotZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("must be churn, spend or all");
    }

    @Test
    void theBarFillsInProportionToThePercent() {
        TrainingJob job = new TrainingJob(1, Set.of(ModelTarget.CHURN), "test", "host/1", TrainingJob.Status.RUNNING,
                "training churn: linear", 12_345, 45, null, List.of(), Instant.now(), Instant.now(), null);
        assertThat(TrainCommand.bar(job))
                .isEqualTo("[" + "#".repeat(13) + ".".repeat(17) + "]  45 %  training churn: linear (12,345 rows)");
    }
}
