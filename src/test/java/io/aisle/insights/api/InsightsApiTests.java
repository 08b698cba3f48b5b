package io.aisle.insights.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ApiTest;
import io.aisle.lab.loading.SimulationLoader;
import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.platform.InstanceId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The ML API end to end: simulated customers whose year of history ends today are loaded into the shop,
 * a training job is started over HTTP and followed to its end, and then the models answer for customers,
 * raw features, rankings and health. Training on the whole test database takes several seconds, so the
 * class trains once and its tests read what that run made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsApiTests extends ApiTest {

    @Autowired
    SimulationLoader loader;

    private String admin;
    private Map<?, ?> job;
    private List<Long> loadedUsers;

    @BeforeAll
    void loadCustomersAndTrain() {
        connect();
        admin = adminBearer();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        loadedUsers = new ArrayList<>(loader.load(SimulationSettings.endingOn(today, 1_500, 12, 77)).values());
        Map<?, ?> started = api.post().uri("/api/v1/insights/train")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("target", "all"))
                .exchange()
                .expectStatus().isAccepted()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/insights/jobs/\\d+")
                .expectBody(Map.class).returnResult().getResponseBody();
        job = awaitFinished(((Number) started.get("id")).longValue());
    }

    @Autowired
    InstanceId instance;

    private Map<?, ?> awaitFinished(long id) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            Map<?, ?> current = getAsAdmin("/api/v1/insights/jobs/" + id, Map.class);
            if (List.of("SUCCEEDED", "FAILED").contains(current.get("status"))) {
                return current;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("training job " + id + " did not finish in 3 minutes");
    }

    private <T> T getAsAdmin(String uri, Class<T> type) {
        return api.get().uri(uri).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody(type).returnResult().getResponseBody();
    }

    @Test
    void aTrainingJobRunsInTheBackgroundAndRegistersAModelPerTarget() {
        assertThat(job.get("status")).as("job %s", job).isEqualTo("SUCCEEDED");
        assertThat(job.get("percent")).isEqualTo(100);
        assertThat(job.get("owner")).isEqualTo(instance.value());
        assertThat(((Number) job.get("rows")).longValue()).isGreaterThan(1_000);
        List<?> outcomes = (List<?>) job.get("outcomes");
        assertThat(outcomes).hasSize(2);
        for (Object o : outcomes) {
            Map<?, ?> outcome = (Map<?, ?>) o;
            Map<?, ?> model = getAsAdmin("/api/v1/insights/models/" + outcome.get("modelId"), Map.class);
            assertThat(model.get("target")).isEqualTo(outcome.get("target"));
            assertThat(((Map<?, ?>) model.get("metrics")).containsKey(outcome.get("metric"))).isTrue();
            // a job chooses on the validation split of its training cutoffs, and churn comes with its reliability curve
            List<String> metrics = ((Map<?, ?>) model.get("metrics")).keySet().stream().map(String::valueOf).toList();
            if ("CHURN".equals(model.get("target"))) {
                assertThat(metrics).contains("validation_churn_xgboost_auc", "validation_churn_linear_auc",
                        "brier", "reliability_0_count", "reliability_9_count");
            } else {
                assertThat(metrics).contains("validation_spend_two_part_mae", "validation_spend_xgboost_mae",
                        "validation_spend_linear_mae", "validation_spend_two_part_scale", "mae", "spearman");
            }
            assertThat((String) model.get("artifact")).startsWith(((String) outcome.get("target")).toLowerCase());
            assertThat((List<?>) model.get("features")).hasSize(CustomerFeatures.NAMES.size());
            assertThat((String) model.get("provenance")).contains("tribuo-version=4.3.2").containsPattern("num-features=\\d+")
                    .contains("linear".equals(model.get("algorithm")) ? "LinearSGDTrainer" : "XGBoost");
        }
    }

    @Test
    void aCustomerWhoBoughtGetsBandsAndTheFeaturesBehindThem() {
        Map<?, ?> found = null;
        for (long userId : loadedUsers) {
            Map<?, ?> insight = getAsAdmin("/api/v1/insights/customers/" + userId, Map.class);
            if (Boolean.TRUE.equals(insight.get("scored"))) {
                found = insight;
                break;
            }
        }
        assertThat(found).as("some loaded customer has bought").isNotNull();
        Map<?, ?> prediction = (Map<?, ?>) found.get("prediction");
        double churn = ((Number) prediction.get("churnProbability")).doubleValue();
        assertThat(churn).isBetween(0.0, 1.0);
        assertThat(prediction.get("risk")).isEqualTo(churn >= 0.7 ? "HIGH" : churn >= 0.4 ? "MEDIUM" : "LOW");
        double spend = ((Number) prediction.get("predictedSpend")).doubleValue();
        assertThat(spend).isGreaterThanOrEqualTo(0);
        assertThat(prediction.get("value")).isEqualTo(spend >= 500 ? "HIGH" : spend >= 200 ? "MEDIUM" : "LOW");
        assertThat((List<?>) found.get("churnDrivers")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(((Map<?, ?>) ((List<?>) found.get("churnDrivers")).get(0)).get("feature"))
                .isIn(CustomerFeatures.NAMES);
    }

    @Test
    void aCustomerWithoutPurchasesIsNotScoredAndAnUnknownOneIsNotFound() {
        Customer newcomer = newCustomer();
        Map<?, ?> insight = getAsAdmin("/api/v1/insights/customers/" + newcomer.id(), Map.class);
        assertThat(insight.get("scored")).isEqualTo(false);
        assertThat((String) insight.get("reason")).contains("no purchase");
        expectProblem(api.get().uri("/api/v1/insights/customers/999999999").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 404);
    }

    @Test
    void rankedCustomersComeHighestRiskFirstWithinTheAskedBand() {
        Map<?, ?> page = getAsAdmin("/api/v1/insights/customers?risk=high&size=50", Map.class);
        List<?> content = (List<?>) page.get("content");
        assertThat(content).isNotEmpty();
        double previous = 1.0;
        for (Object row : content) {
            Map<?, ?> score = (Map<?, ?>) ((Map<?, ?>) row).get("score");
            double churn = ((Number) score.get("churnProbability")).doubleValue();
            assertThat(score.get("risk")).isEqualTo("HIGH");
            assertThat(churn).isGreaterThanOrEqualTo(0.7).isLessThanOrEqualTo(previous);
            previous = churn;
        }
        expectProblem(api.get().uri("/api/v1/insights/customers?risk=extreme").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 400);
    }

    @Test
    void rawFeaturesArePredictedAndBatchesAnswerInOrder() {
        Map<String, Object> loyal = features(0);
        loyal.putAll(Map.of("order_count", 12, "total_spend", 1800, "average_order_value", 150, "recency_days", 3,
                "tenure_days", 360, "orders_last_30_days", 2, "sessions", 60, "product_views", 300));
        // the windows, decayed counts and baseline outputs of the same regular, so the row is one a shop could have
        loyal.putAll(Map.of("purchase_days", 12, "orders_last_90_days", 4, "spend_last_90_days", 600,
                "purchase_days_last_90_days", 4, "orders_last_180_days", 7, "spend_90_to_180_days", 450,
                "decayed_orders_30", 1.6, "decayed_orders_90", 3.1, "decayed_spend_90", 470, "recency_over_mean_gap", 0.1));
        loyal.putAll(Map.of("largest_order", 300, "median_order", 150, "distinct_products", 30, "items_per_order", 3,
                "main_country_share", 1, "baseline_no_purchase_in_horizon", 0.1, "baseline_purchases_in_horizon", 3,
                "baseline_spend_in_horizon", 450, "mean_days_between_orders", 30, "std_days_between_orders", 8));
        Map<String, Object> lapsed = features(0);
        lapsed.putAll(Map.of("order_count", 1, "total_spend", 20, "average_order_value", 20, "recency_days", 330,
                "tenure_days", 340, "days_since_last_event", 320, "sessions", 2));
        lapsed.putAll(Map.of("purchase_days", 1, "largest_order", 20, "median_order", 20, "distinct_products", 1,
                "items_per_order", 1, "main_country_share", 1, "baseline_no_purchase_in_horizon", 0.9,
                "baseline_purchases_in_horizon", 0.1, "baseline_spend_in_horizon", 2));
        Map<?, ?> single = api.post().uri("/api/v1/insights/predict").header(HttpHeaders.AUTHORIZATION, admin)
                .body(lapsed).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> batch = api.post().uri("/api/v1/insights/predict/batch").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("rows", List.of(loyal, lapsed))).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<?> predictions = (List<?>) batch.get("predictions");
        assertThat(predictions).hasSize(2);
        assertThat(predictions.get(1)).isEqualTo(single);
        double loyalChurn = ((Number) ((Map<?, ?>) predictions.get(0)).get("churnProbability")).doubleValue();
        double lapsedChurn = ((Number) single.get("churnProbability")).doubleValue();
        assertThat(lapsedChurn).as("a one-off buyer gone for 11 months churns more than a regular")
                .isGreaterThan(loyalChurn);
    }

    @Test
    void badFeatureInputIsA400NeverA500() {
        Map<String, Object> missing = features(1);
        missing.remove("sessions");
        Map<String, Object> negative = features(1);
        negative.put("order_count", -2);
        Map<String, Object> notANumber = features(1);
        notANumber.put("total_spend", "NaN");
        Map<String, Object> fractionalCount = features(1);
        fractionalCount.put("searches", 2.5);
        Map<String, Object> unknown = features(1);
        unknown.put("shoe_size", 44);
        Map<String, Object> pastFloatRange = features(1);
        pastFloatRange.put("total_spend", 1e39);
        for (Map<String, Object> bad : List.of(missing, negative, notANumber, fractionalCount, unknown, pastFloatRange)) {
            expectProblem(api.post().uri("/api/v1/insights/predict").header(HttpHeaders.AUTHORIZATION, admin)
                    .body(bad).exchange(), 400);
        }
        expectProblem(api.post().uri("/api/v1/insights/predict/batch").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("rows", List.of(features(1), negative))).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("rows[1].order_count");
        expectProblem(api.post().uri("/api/v1/insights/predict/batch").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("rows", List.of())).exchange(), 400);
        expectProblem(api.post().uri("/api/v1/insights/predict/batch").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("rows", List.of(pastFloatRange))).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("rows[0].total_spend");
        expectProblem(api.post().uri("/api/v1/insights/predict").header(HttpHeaders.AUTHORIZATION, admin)
                .header(HttpHeaders.CONTENT_TYPE, "application/json").body("{\"order_count\": NaN}").exchange(), 400);
        Map<String, Object> fractionalReturns = features(1);
        fractionalReturns.put("returns", 0.5);
        expectProblem(api.post().uri("/api/v1/insights/predict/batch").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("rows", List.of(fractionalReturns))).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("rows[0].returns");
        Map<String, Object> missingBaseline = features(1);
        missingBaseline.remove("baseline_spend_in_horizon");
        expectProblem(api.post().uri("/api/v1/insights/predict/batch").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("rows", List.of(missingBaseline))).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("rows[0].baseline_spend_in_horizon");
        expectProblem(api.post().uri("/api/v1/insights/train").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("target", "happiness")).exchange(), 400);
        expectProblem(api.get().uri("/api/v1/insights/jobs/999999999").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 404);
        expectProblem(api.post().uri("/api/v1/insights/models/999999999/activate")
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);
    }

    @Test
    void healthShowsTheLoadedModelsTheirMetricsAndInputDrift() {
        // drift is measured by the scoring run that follows a training job or an activation, in the
        // background: another test of this class may have just activated a model
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> getAsAdmin("/api/v1/insights/health", List.class).stream()
                        .allMatch(t -> ((Map<?, ?>) t).get("drift") != null));
        List<?> health = getAsAdmin("/api/v1/insights/health", List.class);
        assertThat(health).hasSize(2);
        for (Object t : health) {
            Map<?, ?> target = (Map<?, ?>) t;
            assertThat(target.get("loaded")).isEqualTo(true);
            assertThat((Map<?, ?>) target.get("metrics")).isNotEmpty();
            assertThat(((Number) target.get("predictions")).longValue()).isPositive();
            Map<?, ?> drift = (Map<?, ?>) target.get("drift");
            assertThat(drift).as("drift of %s", target.get("target")).isNotNull();
            assertThat((List<?>) drift.get("features")).hasSize(CustomerFeatures.NAMES.size());
        }
        Map<?, ?> actuator = management().get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> insights = (Map<?, ?>) ((Map<?, ?>) actuator.get("components")).get("insights");
        assertThat(insights.get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) ((Map<?, ?>) insights.get("details")).get("churn")).get("loaded")).isEqualTo(true);
    }

    @Test
    void anAdminCanActivateAnyModelAndTheRegistryFollowsAndCustomersAreRescoredWithIt() {
        List<?> churnModels = getAsAdmin("/api/v1/insights/models?target=churn", List.class);
        Map<?, ?> chosen = (Map<?, ?>) churnModels.get(churnModels.size() - 1);
        Map<?, ?> activated = api.post().uri("/api/v1/insights/models/{id}/activate", chosen.get("id"))
                .header(HttpHeaders.AUTHORIZATION, admin).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(activated.get("active")).isEqualTo(true);
        List<?> after = getAsAdmin("/api/v1/insights/models?target=churn", List.class);
        assertThat(after.stream().filter(m -> Boolean.TRUE.equals(((Map<?, ?>) m).get("active"))).toList())
                .singleElement().satisfies(m -> assertThat(((Map<?, ?>) m).get("id")).isEqualTo(chosen.get("id")));
        // the registry's activation event is the only thing that re-scores: the API itself no longer asks for it
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    List<?> scored = (List<?>) getAsAdmin("/api/v1/insights/customers?size=100", Map.class).get("content");
                    return !scored.isEmpty() && scored.stream()
                            .map(c -> ((Map<?, ?>) ((Map<?, ?>) c).get("score")).get("churnModelId"))
                            .allMatch(chosen.get("id")::equals);
                });
        // put the newest model back, so the other tests of this class see the model trained above
        Map<?, ?> trained = (Map<?, ?>) ((List<?>) job.get("outcomes")).stream()
                .filter(o -> "CHURN".equals(((Map<?, ?>) o).get("target"))).findFirst().orElseThrow();
        if (Boolean.TRUE.equals(trained.get("promoted"))) {
            api.post().uri("/api/v1/insights/models/{id}/activate", trained.get("modelId"))
                    .header(HttpHeaders.AUTHORIZATION, admin).exchange().expectStatus().isOk();
        }
    }

    @Test
    void onlyAdminsReachTheMlApi() {
        Customer customer = newCustomer();
        List<String> gets = List.of("/api/v1/insights/jobs/1", "/api/v1/insights/models", "/api/v1/insights/models/1",
                "/api/v1/insights/customers/" + customer.id(), "/api/v1/insights/customers", "/api/v1/insights/health");
        List<String> posts = List.of("/api/v1/insights/train", "/api/v1/insights/models/1/activate",
                "/api/v1/insights/predict", "/api/v1/insights/predict/batch");
        for (String uri : gets) {
            expectProblem(api.get().uri(uri).exchange(), 401);
            expectProblem(api.get().uri(uri).header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange(), 403);
        }
        for (String uri : posts) {
            expectProblem(api.method(HttpMethod.POST).uri(uri).body(Map.of()).exchange(), 401);
            expectProblem(api.method(HttpMethod.POST).uri(uri).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                    .body(Map.of()).exchange(), 403);
        }
    }

    /** Every feature at this value. */
    private static Map<String, Object> features(double value) {
        Map<String, Object> features = new LinkedHashMap<>();
        CustomerFeatures.NAMES.forEach(name -> features.put(name, value));
        return features;
    }
}
