package io.aisle.lab.loading;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.lab.simulation.GroundTruth;
import io.aisle.lab.simulation.RealisedLabel;
import io.aisle.lab.simulation.SimulatedEvent;
import io.aisle.lab.simulation.SimulatedEventType;
import io.aisle.lab.simulation.SimulatedHistory;
import io.aisle.lab.simulation.SimulatedOrder;
import io.aisle.lab.simulation.Simulation;
import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.modeling.CustomerFeatures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The training file: what the exporter writes agrees with the simulation it came from, and the file in
 * the repository is the one the simulator's defaults (10,000 customers, 12 months, seed 42) produce.
 */
class TrainingDataExportTests extends ApiTest {

    static final Path COMMITTED = Path.of("data/user_behavior_training.csv");

    @Autowired
    TrainingDataExport export;

    @Test
    void anExportHasOneRowPerLabelledCustomerAgreeingWithTheSimulation() {
        SimulationSettings settings = SimulationSettings.of(200, 12, 99);
        StringWriter out = new StringWriter();
        int rows = export.export(settings, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", TrainingDataExport.HEADER));
        assertThat(lines).hasSize(rows + 1);
        assertAgreesWithSimulation(lines, Simulation.run(settings), settings);
    }

    @Test
    void theCommittedTrainingFileIsWhatTheSimulatorsDefaultsProduce() throws IOException {
        SimulationSettings settings = SimulationSettings.defaults();
        List<String> lines = Files.readAllLines(COMMITTED);
        assertThat(lines.get(0)).isEqualTo(String.join(",", TrainingDataExport.HEADER));
        assertAgreesWithSimulation(lines, Simulation.run(settings), settings);
    }

    /**
     * Labels and ground truth match the simulator row by row; among the features, the order and view
     * counts before the cutoff are checked against the simulated history itself.
     */
    private static void assertAgreesWithSimulation(List<String> lines, SimulatedHistory history,
            SimulationSettings settings) {
        Instant cutoff = settings.cutoff().atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, GroundTruth> truths = history.groundTruth().stream()
                .collect(Collectors.toMap(GroundTruth::customerId, Function.identity()));
        Map<Long, Long> placedBefore = history.orders().stream().filter(o -> o.placedAt().isBefore(cutoff))
                .collect(Collectors.groupingBy(SimulatedOrder::customerId, Collectors.counting()));
        Map<Long, Long> viewsBefore = history.events().stream()
                .filter(e -> e.at().isBefore(cutoff) && e.type() == SimulatedEventType.PRODUCT_VIEW)
                .collect(Collectors.groupingBy(SimulatedEvent::customerId, Collectors.counting()));
        List<RealisedLabel> labels = history.realisedLabels();
        assertThat(lines).hasSize(labels.size() + 1);
        int orderCount = column("order_count");
        int cancelled = column("cancelled_orders");
        int views = column("product_views");
        int churned = column("churned");
        for (int i = 0; i < labels.size(); i++) {
            RealisedLabel label = labels.get(i);
            List<String> row = Arrays.asList(lines.get(i + 1).split(","));
            assertThat(row).hasSize(TrainingDataExport.HEADER.size());
            assertThat(Long.parseLong(row.get(0))).isEqualTo(label.customerId());
            assertThat(row.get(churned)).isEqualTo(label.churned() ? "1" : "0");
            assertThat(row.subList(churned + 1, row.size())).containsExactly(TrainingDataExport.number(label.spend()),
                    TrainingDataExport.number(truths.get(label.customerId()).churnProbability()),
                    TrainingDataExport.number(truths.get(label.customerId()).expectedSpend()));
            assertThat(Double.parseDouble(row.get(orderCount)) + Double.parseDouble(row.get(cancelled)))
                    .as("orders of customer %d", label.customerId())
                    .isEqualTo(placedBefore.getOrDefault(label.customerId(), 0L).doubleValue());
            assertThat(Double.parseDouble(row.get(views)))
                    .isEqualTo(viewsBefore.getOrDefault(label.customerId(), 0L).doubleValue());
        }
    }

    private static int column(String name) {
        int index = TrainingDataExport.HEADER.indexOf(name);
        assertThat(index).as("column %s", name).isPositive();
        return index;
    }

    /** Used by {@link CustomerFeatures} readers: the feature columns follow the id, in the models' order. */
    @Test
    void theFeatureColumnsAreTheModelsFeaturesInOrder() {
        assertThat(TrainingDataExport.HEADER.subList(1, 1 + CustomerFeatures.NAMES.size()))
                .isEqualTo(CustomerFeatures.NAMES);
    }
}
