package io.aisle.admin.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One bin of the churn model's reliability curve as the details panel shows it: the holdout customers given a
 * churn probability in one tenth of [0, 1], the mean probability they were given, and the share who really did not
 * buy again. Read from the model's metrics ({@code reliability_<bin>_predicted}, {@code _observed}, {@code _count});
 * a model trained before the curve was measured has none.
 */
record ReliabilityRow(int predictedPercent, int observedPercent, long customers) {

    static List<ReliabilityRow> of(Map<String, Double> metrics) {
        List<ReliabilityRow> rows = new ArrayList<>();
        for (int bin = 0; bin < 10; bin++) {
            Double count = metrics.get("reliability_" + bin + "_count");
            Double predicted = metrics.get("reliability_" + bin + "_predicted");
            Double observed = metrics.get("reliability_" + bin + "_observed");
            if (count != null && predicted != null && observed != null && count > 0) {
                rows.add(new ReliabilityRow((int) Math.round(predicted * 100), (int) Math.round(observed * 100),
                        Math.round(count)));
            }
        }
        return rows;
    }
}
