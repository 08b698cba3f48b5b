package io.aisle.insights.api;

import io.aisle.insights.CustomerInsight;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.InsightsHealth;
import io.aisle.insights.ModelRegistry;
import io.aisle.insights.Prediction;
import io.aisle.insights.RankedCustomer;
import io.aisle.insights.RegisteredModel;
import io.aisle.insights.RiskBand;
import io.aisle.insights.TargetHealth;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ML API (admins only): the model registry, predictions, rankings and model health (training jobs: {@code TrainingJobsController}). */
@Tag(name = "Insights (admin)")
@RestController
@RequestMapping("/api/v1/insights")
class InsightsController {

    private static final int MODELS_PER_TARGET = 50;

    private final ModelRegistry registry;
    private final CustomerInsights insights;
    private final InsightsHealth health;

    InsightsController(ModelRegistry registry, CustomerInsights insights, InsightsHealth health) {
        this.registry = registry;
        this.insights = insights;
        this.health = health;
    }

    record BatchRequest(List<Map<String, Object>> rows) {}

    record BatchPredictions(List<Prediction> predictions) {}

    @Operation(summary = "Registered models, newest first, optionally of one target")
    @GetMapping("/models")
    List<RegisteredModel> models(@RequestParam(required = false) String target) {
        List<RegisteredModel> models = new ArrayList<>();
        for (ModelTarget t : targets(target)) {
            models.addAll(registry.list(t, MODELS_PER_TARGET));
        }
        return models;
    }

    @GetMapping("/models/{id}")
    RegisteredModel model(@PathVariable long id) {
        return registry.get(id);
    }

    @Operation(summary = "Make a model the active one of its target, whatever its scores; customers are re-scored")
    @PostMapping("/models/{id}/activate")
    RegisteredModel activate(@PathVariable long id) {
        return registry.activate(id);
    }

    @Operation(summary = "One customer now: churn probability and risk band, predicted spend and value band, drivers")
    @AnswersProblem(status = 409, when = "There is no active model yet: train one first.")
    @GetMapping("/customers/{userId}")
    CustomerInsight customer(@PathVariable long userId) {
        return insights.forCustomer(userId);
    }

    @Operation(summary = "Customers of the latest scoring run, highest churn risk first, optionally of one risk band")
    @GetMapping("/customers")
    PageResult<RankedCustomer> customers(@RequestParam(required = false) String risk,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return insights.ranked(risk == null || risk.isBlank() ? null : band(risk), PageQuery.of(page, size));
    }

    @Operation(summary = "Predict from raw features: an object with every feature of docs/ml.md by name")
    @AnswersProblem(status = 409, when = "There is no active model yet: train one first.")
    @PostMapping("/predict")
    Prediction predict(@RequestBody Map<String, Object> features) {
        return insights.predict(FeatureRows.parse(features, "features"));
    }

    @Operation(summary = "Predict for up to 10,000 feature objects at once: {\"rows\": [...]}, answers in order")
    @AnswersProblem(status = 409, when = "There is no active model yet: train one first.")
    @PostMapping("/predict/batch")
    BatchPredictions predictBatch(@RequestBody BatchRequest request) {
        if (request.rows() == null || request.rows().isEmpty() || request.rows().size() > CustomerInsights.MAX_BATCH) {
            throw new InvalidRequestException("rows", "must hold 1 to %d feature objects".formatted(CustomerInsights.MAX_BATCH));
        }
        List<double[]> rows = new ArrayList<>(request.rows().size());
        for (int i = 0; i < request.rows().size(); i++) {
            rows.add(FeatureRows.parse(request.rows().get(i), "rows[" + i + "]"));
        }
        return new BatchPredictions(insights.predict(rows));
    }

    @Operation(summary = "Per target: model loaded, version, age, holdout metrics, predictions, input drift (PSI)")
    @GetMapping("/health")
    List<TargetHealth> health() {
        return health.report();
    }

    private static Set<ModelTarget> targets(String target) {
        return ModelTarget.parseTargets(target);
    }

    private static RiskBand band(String risk) {
        String wanted = risk.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(RiskBand.values())
                .filter(band -> band.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("risk", "must be low, medium or high"));
    }
}
