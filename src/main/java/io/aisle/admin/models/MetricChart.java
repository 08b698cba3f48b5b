package io.aisle.admin.models;

import io.aisle.admin.internal.HtmlJson;
import io.aisle.insights.RegisteredModel;
import io.aisle.modeling.ModelTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A target's metrics across its versions, oldest first, as the JSON {@code admin-charts.js} draws as a
 * "metrics" line chart: {@code {"labels": ["#3", ...], "series": [{"label": "AUC", "values": [...]}, ...]}}.
 * A metric a version lacks (not computable on its holdout) is null: a gap in the line.
 */
@Component
class MetricChart {

    record Series(String label, List<Double> values) {
    }

    record Chart(List<String> labels, List<Series> series) {
    }

    private final HtmlJson json;

    MetricChart(HtmlJson json) {
        this.json = json;
    }

    /** The chart of these versions, given newest first as the registry lists them. */
    String of(ModelTarget target, List<RegisteredModel> newestFirst) {
        List<RegisteredModel> versions = new ArrayList<>(newestFirst);
        Collections.reverse(versions);
        List<Series> series = MetricColumn.charted(target).stream()
                .map(metric -> new Series(metric.label(),
                        versions.stream().map(model -> model.metrics().get(metric.key())).toList()))
                .toList();
        return json.write(new Chart(versions.stream().map(model -> "#" + model.id()).toList(), series));
    }
}
