package io.aisle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.ApiTest;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The registry's promotion rules against the real table. The registry is global state (one active
 * model per target), so each test starts from an empty registry; no other test relies on its content.
 */
class ModelRegistryTests extends ApiTest {

    private static final Instant HOLDOUT = Instant.parse("2025-10-03T00:00:00Z");
    private static final Instant OTHER_HOLDOUT = Instant.parse("2025-11-02T00:00:00Z");

    @Autowired
    ModelRegistry registry;

    @BeforeEach
    @AfterEach
    void emptyRegistry() {
        // these models have no files: none may stay active for the tests that predict
        jdbc.sql("DELETE FROM ml_models").update();
    }

    @Test
    void makesTheFirstModelOfATargetActive() {
        Registration first = registry.register(churn("xgboost", 0.81, HOLDOUT), null);

        assertThat(first.activated()).isTrue();
        assertThat(registry.active(ModelTarget.CHURN)).map(RegisteredModel::id).contains(first.model().id());
    }

    @Test
    void replacesTheActiveModelWithOneThatScoresBetterOnTheSameHoldout() {
        long old = registry.register(churn("logistic", 0.74, HOLDOUT), null).model().id();

        Registration better = registry.register(churn("xgboost", 0.81, HOLDOUT), null);

        assertThat(better.activated()).isTrue();
        assertThat(registry.get(old).active()).isFalse();
        assertThat(registry.active(ModelTarget.CHURN)).map(RegisteredModel::id).contains(better.model().id());
    }

    @Test
    void keepsAModelThatDoesNotBeatTheActiveOneInactiveAndSaysWhy() {
        long active = registry.register(churn("xgboost", 0.81, HOLDOUT), null).model().id();

        Registration tie = registry.register(churn("xgboost", 0.81, HOLDOUT), null);
        Registration worse = registry.register(churn("logistic", 0.70, HOLDOUT), null);

        assertThat(tie.activated()).isFalse();
        assertThat(worse.activated()).isFalse();
        assertThat(worse.reason()).contains("0.7000").contains("0.8100");
        assertThat(registry.active(ModelTarget.CHURN)).map(RegisteredModel::id).contains(active);
    }

    @Test
    void comparesWithAModelOfAnotherHoldoutOnlyWhenItWasRescoredOnTheNewOne() {
        long active = registry.register(churn("xgboost", 0.90, HOLDOUT), null).model().id();

        Registration notCompared = registry.register(churn("xgboost", 0.95, OTHER_HOLDOUT), null);
        assertThat(notCompared.activated()).isFalse();
        assertThat(notCompared.reason()).contains("another holdout");
        assertThat(registry.active(ModelTarget.CHURN)).map(RegisteredModel::id).contains(active);

        // the active model scores 0.80 on the new holdout: 0.85 beats it there
        Registration rescored = registry.register(churn("xgboost", 0.85, OTHER_HOLDOUT), 0.80);
        assertThat(rescored.activated()).isTrue();
    }

    @Test
    void letsAnAdminActivateAnyModel() {
        registry.register(churn("xgboost", 0.81, HOLDOUT), null);
        long weaker = registry.register(churn("logistic", 0.70, HOLDOUT), null).model().id();

        RegisteredModel forced = registry.activate(weaker);

        assertThat(forced.active()).isTrue();
        assertThat(forced.activatedAt()).isNotNull();
        assertThat(registry.list(ModelTarget.CHURN, 10)).filteredOn(RegisteredModel::active).hasSize(1);
    }

    @Test
    void keepsOneActiveModelPerTargetIndependently() {
        registry.register(churn("xgboost", 0.81, HOLDOUT), null);
        Registration spend = registry.register(new ModelCandidate(ModelTarget.SPEND, "xgboost", Instant.now(),
                HOLDOUT.minusSeconds(86_400 * 365), HOLDOUT, HOLDOUT, 900, 300, Map.of("mae", 41.0, "rmse", 88.0),
                List.of("order_count"), "models/spend-1.tribuo", null), null);

        assertThat(spend.activated()).isTrue();
        assertThat(registry.active(ModelTarget.CHURN)).isPresent();
        assertThat(registry.active(ModelTarget.SPEND)).map(RegisteredModel::metrics)
                .contains(Map.of("mae", 41.0, "rmse", 88.0));
    }

    @Test
    void aSpendModelWinsByASmallerMeanAbsoluteErrorWhateverItsRSquared() {
        long squaredError = registry.register(spend("xgboost", 620.0, 0.53), null).model().id();

        Registration twoPart = registry.register(spend("two-part", 575.0, 0.43), null);
        Registration worse = registry.register(spend("linear", 590.0, 0.64), null);

        assertThat(twoPart.activated()).as(twoPart.reason()).isTrue();
        assertThat(worse.activated()).isFalse();
        assertThat(worse.reason()).contains("mae 590.0000 does not beat the active model's 575.0000");
        assertThat(twoPart.reason()).isEqualTo("beats model " + squaredError + " on the holdout");
        assertThat(registry.active(ModelTarget.SPEND)).map(RegisteredModel::id).contains(twoPart.model().id());
    }

    private static ModelCandidate spend(String algorithm, double mae, double rSquared) {
        return new ModelCandidate(ModelTarget.SPEND, algorithm, Instant.now(), HOLDOUT.minusSeconds(86_400 * 365),
                HOLDOUT, HOLDOUT, 900, 300, Map.of("mae", mae, "r2", rSquared), List.of("order_count"),
                "models/spend-" + algorithm + ".tribuo", null);
    }

    @Test
    void databaseRefusesASecondActiveModelForATarget() {
        registry.register(churn("xgboost", 0.81, HOLDOUT), null);
        long other = registry.register(churn("logistic", 0.70, HOLDOUT), null).model().id();

        assertThatThrownBy(() -> jdbc.sql("UPDATE ml_models SET active = TRUE WHERE id = :id").param("id", other).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void storesWhatTheModelWasTrainedOnAndAnswers404ForUnknownModels() {
        RegisteredModel model = registry.register(churn("xgboost", 0.81, HOLDOUT), null).model();

        assertThat(model.features()).containsExactly("order_count", "recency_days");
        assertThat(model.trainRows()).isEqualTo(1_200);
        assertThat(model.holdoutCutoff()).isEqualTo(HOLDOUT);
        assertThat(model.artifact()).isEqualTo("models/churn-xgboost.tribuo");
        assertThatThrownBy(() -> registry.get(-1)).isInstanceOf(NotFoundException.class);
    }

    private static ModelCandidate churn(String algorithm, double auc, Instant holdout) {
        return new ModelCandidate(ModelTarget.CHURN, algorithm, Instant.now(), holdout.minusSeconds(86_400 * 365),
                holdout, holdout, 1_200, 400, Map.of("auc", auc, "brier", 0.18), List.of("order_count", "recency_days"),
                "models/churn-" + algorithm + ".tribuo", "{\"trainer\":\"" + algorithm + "\"}");
    }
}
