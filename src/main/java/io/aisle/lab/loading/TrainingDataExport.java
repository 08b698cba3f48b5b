package io.aisle.lab.loading;

import io.aisle.lab.simulation.GroundTruth;
import io.aisle.lab.simulation.RealisedLabel;
import io.aisle.lab.simulation.SimulatedHistory;
import io.aisle.lab.simulation.Simulation;
import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.FeatureService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Writes {@code data/user_behavior_training.csv}, the reference platform's training file, made by this
 * project's simulator: one row per simulated customer with a label at the simulator's cutoff, with the 22
 * features the shop itself computes for them (the history is loaded into the shop first, so the file and
 * the shop can never disagree on a definition), the realised labels (churned: no purchase in the H days
 * after the cutoff; spend: the goods bought in them, without shipping), and the ground truth only a
 * simulator knows: each customer's true churn probability and expected spend. Columns are in
 * {@link #HEADER}; docs/ml.md describes them.
 */
@Service
public class TrainingDataExport {

    public static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>();
        header.add("customer_id");
        header.addAll(CustomerFeatures.NAMES);
        header.addAll(List.of("churned", "spend_next_period", "true_churn_probability", "true_expected_spend"));
        HEADER = List.copyOf(header);
    }

    private final SimulationLoader loader;
    private final FeatureService features;

    TrainingDataExport(SimulationLoader loader, FeatureService features) {
        this.loader = loader;
        this.features = features;
    }

    /** Simulates, loads into the shop, and writes the CSV; returns the number of customer rows. */
    public int export(SimulationSettings settings, Writer out) {
        SimulatedHistory history = Simulation.run(settings);
        Map<Long, Long> userIds = loader.load(history);
        Instant cutoff = settings.cutoff().atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, CustomerFeatures> byUser = features.featuresAsOf(cutoff, userIds.values()).stream()
                .collect(Collectors.toMap(CustomerFeatures::userId, Function.identity()));
        Map<Long, GroundTruth> truths = history.groundTruth().stream()
                .collect(Collectors.toMap(GroundTruth::customerId, Function.identity()));
        double[] none = new double[CustomerFeatures.NAMES.size()];
        try {
            out.write(String.join(",", HEADER) + "\n");
            for (RealisedLabel label : history.realisedLabels()) {
                CustomerFeatures found = byUser.get(userIds.get(label.customerId()));
                GroundTruth truth = truths.get(label.customerId());
                StringBuilder line = new StringBuilder().append(label.customerId());
                for (double value : found == null ? none : found.values()) {
                    line.append(',').append(number(value));
                }
                line.append(',').append(label.churned() ? 1 : 0)
                        .append(',').append(number(label.spend()))
                        .append(',').append(number(truth.churnProbability()))
                        .append(',').append(number(truth.expectedSpend()))
                        .append('\n');
                out.write(line.toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the training file", e);
        }
        return history.realisedLabels().size();
    }

    /** At most four decimals, no trailing zeros: "3", "120.5", "0.1234". */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
