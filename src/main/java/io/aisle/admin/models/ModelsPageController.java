package io.aisle.admin.models;

import io.aisle.insights.InsightsHealth;
import io.aisle.modeling.ModelingProperties;
import io.aisle.insights.ModelRegistry;
import io.aisle.insights.RegisteredModel;
import io.aisle.insights.TargetHealth;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.Htmx;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The machine-learning models: first, for the shop owner, what each target's active model is for, how good it
 * is, when it was trained and whether it is healthy; then, in a details panel, each target's versions with their holdout metrics and a chart of them, the
 * active model's health and input drift, the training jobs, and the two things an admin does here: start
 * a training job (its progress arrives live, see {@code TrainingFeed}) and make another version active.
 */
@Controller
class ModelsPageController {

    static final int VERSIONS = 20;
    static final int JOBS = 8;

    private final ModelRegistry registry;
    private final TrainingJobs jobs;
    private final InsightsHealth health;
    private final MetricChart charts;
    private final ModelingProperties properties;

    ModelsPageController(ModelRegistry registry, TrainingJobs jobs, InsightsHealth health, MetricChart charts,
            ModelingProperties properties) {
        this.registry = registry;
        this.jobs = jobs;
        this.health = health;
        this.charts = charts;
        this.properties = properties;
    }

    /** The whole page, or for htmx (after a job finished) the models part alone, without the live progress. */
    @GetMapping("/admin/models")
    String models(Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<ModelTarget, TargetHealth> healthByTarget = health.report().stream()
                .collect(Collectors.toMap(TargetHealth::target, Function.identity()));
        List<TargetSection> sections = Arrays.stream(ModelTarget.values()).map(target -> {
            List<RegisteredModel> versions = withActive(registry.list(target, VERSIONS), target);
            TargetHealth targetHealth = healthByTarget.get(target);
            return new TargetSection(target, OwnerSummary.of(target, targetHealth, properties.horizonDays()),
                    MetricColumn.of(target), versions, charts.of(target, versions), targetHealth);
        }).toList();
        List<TrainingJob> recent = jobs.recent(JOBS);
        model.addAttribute("sections", sections);
        model.addAttribute("jobs", recent);
        model.addAttribute("job", recent.isEmpty() ? null : recent.get(0));
        model.addAttribute("psi", MetricColumn.PSI);
        return Htmx.view(request, response, "admin/models/index", "models");
    }

    /**
     * The latest versions, and the active one after them when it is older: retrains that did not beat it must
     * not push the model in use off the page.
     */
    private List<RegisteredModel> withActive(List<RegisteredModel> latest, ModelTarget target) {
        if (latest.stream().anyMatch(RegisteredModel::active)) {
            return latest;
        }
        return registry.active(target).map(active -> Stream.concat(latest.stream(), Stream.of(active)).toList())
                .orElse(latest);
    }

    /** Starts training every target; htmx gets the job's progress, which then moves on live. */
    @PostMapping("/admin/models/train")
    String train(CurrentUser admin, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        TrainingJob job = jobs.start(EnumSet.allOf(ModelTarget.class), admin.email());
        if (Htmx.isPartial(request)) {
            model.addAttribute("job", job);
            return "admin/models/index :: progress";
        }
        redirect.addFlashAttribute("message", "Training job #" + job.id() + " is "
                + job.status().name().toLowerCase(Locale.ROOT) + "; its progress shows below.");
        return "redirect:/admin/models";
    }

    /** The admin's choice, whatever the scores; the stored customer scores follow in the background. */
    @PostMapping("/admin/models/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        RegisteredModel activated = registry.activate(id);
        redirect.addFlashAttribute("message", "Model #" + activated.id() + " is now the active "
                + activated.target().name().toLowerCase(Locale.ROOT) + " model; customers are being re-scored.");
        return "redirect:/admin/models";
    }
}
