package io.aisle.admin.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.admin.AdminPageTest;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.insights.ModelCandidate;
import io.aisle.insights.ModelRegistry;
import io.aisle.insights.RegisteredModel;
import io.aisle.modeling.ModelTarget;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Models page against real models: those already active in the test database, or one training run
 * made for the class (see {@link ActiveModelsFixture}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelsPageTests extends AdminPageTest {

    @Autowired
    ModelRegistry registry;

    @Autowired
    TrainingJobs jobs;

    @Autowired
    JsonMapper json;

    @BeforeAll
    void activeModels(@Autowired ApplicationContext context) {
        ActiveModelsFixture.ensure(context);
    }

    @Test
    void showsEachTargetsVersionsWithTheirMetricsAndTheActiveOneBadged() throws Exception {
        RegisteredModel churn = registry.active(ModelTarget.CHURN).orElseThrow();
        RegisteredModel spend = registry.active(ModelTarget.SPEND).orElseThrow();

        String html = adminPage("/admin/models");

        assertThat(element(html, "table", "churn-versions"))
                .contains(">AUC<", ">PR-AUC<", ">Brier<", ">Precision<", ">Recall<");
        String churnRow = element(html, "tr", "model-" + churn.id());
        assertThat(churnRow).contains("#" + churn.id(), churn.algorithm(), "class=\"status active-badge\">Active<",
                "data-metric=\"auc\">" + decimals(churn.metrics().get("auc")) + "<",
                "data-metric=\"brier\">" + decimals(churn.metrics().get("brier")) + "<")
                .doesNotContain(">Activate<");
        assertThat(element(html, "table", "spend-versions")).contains(">R²<", ">RMSE<", ">MAE<", ">Spearman<");
        assertThat(element(html, "tr", "model-" + spend.id())).contains("Active",
                "data-metric=\"r2\">" + decimals(spend.metrics().get("r2")) + "<");
        assertThat(html).contains("aria-current=\"page\">Models</a>");
    }

    @Test
    void opensWithWhatEachModelIsForHowGoodItIsWhenTrainedAndWhetherHealthyWithTheMetricsExplainedInDetails()
            throws Exception {
        RegisteredModel churn = registry.active(ModelTarget.CHURN).orElseThrow();

        String html = adminPage("/admin/models");

        String summary = element(html, "div", "churn-summary");
        assertThat(summary).contains("What it is for", "order again in the next 90 days", "How good",
                Math.round(churn.metrics().get("auc") * 100) + " times in 100", "Trained", " ago", "Health")
                .doesNotContain("AUC", "PSI");
        assertThat(element(html, "div", "spend-summary")).contains("spend in the next 90 days", "off by $");
        String details = element(html, "details", "churn-details");
        assertThat(html.indexOf("id=\"churn-summary\"")).isLessThan(html.indexOf("id=\"churn-details\""));
        assertThat(details).contains("id=\"churn-versions\"", "id=\"churn-health\"", "chart-churn-metrics");
        assertThat(element(html, "dl", "churn-metric-help")).contains("<dt>AUC</dt>", "<dt>Brier</dt>", "<dt>PSI</dt>",
                "0.5 is guessing");
        assertThat(element(html, "dl", "spend-metric-help")).contains("<dt>Spearman</dt>", "<dt>RMSE</dt>", "<dt>MAE</dt>");
    }

    @Test
    void chartsThePrimaryAndASecondMetricAcrossVersionsOldestFirst() throws Exception {
        List<RegisteredModel> versions = new ArrayList<>(registry.list(ModelTarget.CHURN, ModelsPageController.VERSIONS));
        RegisteredModel active = registry.active(ModelTarget.CHURN).orElseThrow();
        if (versions.stream().noneMatch(RegisteredModel::active)) {
            versions.add(active); // older than the latest versions, it is listed after them
        }

        Map<?, ?> chart = json.readValue(scriptBlock(adminPage("/admin/models"), "chart-churn-metrics-data"), Map.class);

        List<String> labels = new ArrayList<>(versions.stream().map(model -> "#" + model.id()).toList());
        Collections.reverse(labels);
        assertThat(chart.get("labels")).isEqualTo(labels);
        List<?> series = (List<?>) chart.get("series");
        assertThat(series.stream().map(s -> (Object) ((Map<?, ?>) s).get("label")).toList()).containsExactly("AUC", "PR-AUC");
        assertThat((List<?>) ((Map<?, ?>) series.get(0)).get("values")).hasSize(labels.size())
                .last().isEqualTo(versions.get(0).metrics().get("auc"));
    }

    @Test
    void showsEachTargetsHealthAndDriftWorstFirst() throws Exception {
        RegisteredModel churn = registry.active(ModelTarget.CHURN).orElseThrow();

        String html = adminPage("/admin/models");

        String health = element(html, "section", "churn-health");
        assertThat(health).contains("yes, model #" + churn.id(), "on this instance");
        List<Double> psi = Pattern.compile("<td class=\"num\">([0-9.]+)</td>")
                .matcher(element(html, "table", "churn-drift")).results()
                .map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(psi).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void activatingAnInactiveVersionMakesItTheActiveOneAndNeedsTheCsrfToken() throws Exception {
        RegisteredModel active = registry.active(ModelTarget.CHURN).orElseThrow();
        long older = registry.register(weakerCopyOf(active), null).model().id();
        assertThat(registry.get(older).active()).isFalse();
        assertThat(element(adminPage("/admin/models"), "tr", "model-" + older)).contains(">Activate<",
                "action=\"/admin/models/" + older + "/activate\"", "data-confirm=\"Make model #" + older);
        try {
            mvc.perform(post("/admin/models/{id}/activate", older).with(signedInAsAdmin()))
                    .andExpect(status().isForbidden());
            assertThat(registry.active(ModelTarget.CHURN)).map(RegisteredModel::id).contains(active.id());

            mvc.perform(post("/admin/models/{id}/activate", older).with(signedInAsAdmin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/models"))
                    .andExpect(flash().attribute("message",
                            "Model #" + older + " is now the active churn model; customers are being re-scored."));

            assertThat(registry.active(ModelTarget.CHURN)).map(RegisteredModel::id).contains(older);
            String html = adminPage("/admin/models");
            assertThat(element(html, "tr", "model-" + older)).contains(">Active<");
            assertThat(element(html, "tr", "model-" + active.id())).contains(">Activate<");
        } finally {
            registry.activate(active.id());
        }
    }

    @Test
    void activatingAModelThatDoesNotExistIsANotFoundPage() throws Exception {
        mvc.perform(post("/admin/models/{id}/activate", 999_999_999L).with(signedInAsAdmin()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void retrainStartsAJobWhoseProgressHtmxShowsAndTheEventStreamMovesOnToTheEnd() throws Exception {
        MvcResult stream = mvc.perform(get("/admin/events/training").with(signedInAsAdmin()))
                .andExpect(request().asyncStarted()).andReturn();

        String progress = mvc.perform(post("/admin/models/train").with(signedInAsAdmin()).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(progress.strip()).startsWith("<div class=\"training-progress\">").doesNotContain("<html");
        Matcher started = Pattern.compile("Job #(\\d+)").matcher(progress);
        assertThat(started.find()).isTrue();
        long id = Long.parseLong(started.group(1));
        TrainingJob job = jobs.get(id);
        assertThat(job.requestedBy()).isEqualTo(ADMIN_EMAIL);
        assertThat(job.targets()).containsExactlyInAnyOrder(ModelTarget.values());
        assertThat(progress).contains("id=\"training-bar\"");
        assertThat(progress).as("Retrain is disabled while the job waits or runs")
                .containsPattern("<button type=\"submit\" id=\"retrain-button\"[^>]* disabled=\"disabled\">Retrain</button>");

        TrainingJob done = ActiveModelsFixture.awaitFinished(jobs, id);
        assertThat(done.status()).isEqualTo(TrainingJob.Status.SUCCEEDED);
        // the last event leaves right after the job's end is written
        await().atMost(Duration.ofSeconds(10)).until(() -> events(stream),
                org.hamcrest.Matchers.containsString("hx-get=\"/admin/models\""));
        String events = events(stream);
        stream.getRequest().getAsyncContext().complete();
        assertThat(events).contains("event:training\n", "Job #" + id + "<", "reading features",
                "id=\"training-status\">succeeded<", "value=\"100\"");
        assertThat(events.substring(events.indexOf("id=\"training-status\">running<")))
                .contains("id=\"retrain-button\" title=\"Job #" + id + " is running: wait for it to end.\" disabled=\"disabled\"");
        String last = events.substring(events.lastIndexOf("event:training"));
        assertThat(last).as("the job's end enables Retrain again").contains("succeeded",
                "<button type=\"submit\" id=\"retrain-button\">Retrain</button>");
    }

    @Test
    void retrainWithoutJavaScriptRedirectsBackSayingTheJobStartedAndASecondClickGetsTheSameJob() throws Exception {
        TrainingJob before = jobs.recent(1).stream().findFirst().orElse(null);

        String first = (String) mvc.perform(post("/admin/models/train").with(signedInAsAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/models"))
                .andReturn().getFlashMap().get("message");
        String second = (String) mvc.perform(post("/admin/models/train").with(signedInAsAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/models"))
                .andReturn().getFlashMap().get("message");

        TrainingJob started = jobs.recent(1).get(0);
        assertThat(started.id()).isNotEqualTo(before == null ? -1 : before.id());
        assertThat(first).startsWith("Training job #" + started.id() + " is ");
        assertThat(second).startsWith("Training job #" + started.id() + " is ");
        ActiveModelsFixture.awaitFinished(jobs, started.id());
        assertThat(jobs.recent(1).get(0).id()).as("the second click queued nothing").isEqualTo(started.id());
    }

    @Test
    void answersHtmxWithTheModelsAloneKeepingTheLiveProgressConnected() throws Exception {
        String fragment = adminFragment("/admin/models");

        assertThat(fragment.strip()).startsWith("<div id=\"models\" class=\"models\">");
        assertThat(fragment).contains("churn-versions", "spend-versions", "jobs-table")
                .doesNotContain("<html", "sse-connect", "retrain-form");
    }

    private static String events(MvcResult stream) throws Exception {
        return stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The same model as a new, inactive version: its artifact works, and it scores a little lower. */
    private static ModelCandidate weakerCopyOf(RegisteredModel model) {
        Map<String, Double> metrics = new HashMap<>(model.metrics());
        metrics.put("auc", model.metrics().get("auc") - 0.01);
        return new ModelCandidate(model.target(), model.algorithm(), Instant.now(), model.dataFrom(), model.dataTo(),
                model.holdoutCutoff(), model.trainRows(), model.testRows(), metrics, model.features(),
                model.artifact(), model.provenance());
    }

    private static String decimals(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String scriptBlock(String html, String id) {
        Matcher match = Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(match.find()).as("script block %s", id).isTrue();
        return match.group(1);
    }
}
