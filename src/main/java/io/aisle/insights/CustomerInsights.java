package io.aisle.insights;

import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.insights.data.CustomerScoreRepository;
import io.aisle.insights.internal.ActiveModels;
import io.aisle.insights.internal.PredictionCounter;
import io.aisle.insights.internal.Scorer;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.FeatureService;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Predictions of the active churn and spend models: for raw feature rows (the reference platform's ML
 * API took those), for one customer as of now with the features that drove the prediction, and ranked
 * lists from the latest scoring run.
 */
@Service
public class CustomerInsights {

    /** The most rows one batch call may score. */
    public static final int MAX_BATCH = 10_000;
    private static final int DRIVERS = 5;

    private final ActiveModels models;
    private final FeatureService features;
    private final CustomerScoreRepository scores;
    private final AccountService accounts;
    private final PredictionCounter predictions;
    private final InsightsProperties properties;
    private final Clock clock;

    CustomerInsights(ActiveModels models, FeatureService features, CustomerScoreRepository scores,
            AccountService accounts, PredictionCounter predictions,
            InsightsProperties properties, Clock clock) {
        this.models = models;
        this.features = features;
        this.scores = scores;
        this.accounts = accounts;
        this.predictions = predictions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Predicts for one row of feature values in the order of {@link CustomerFeatures#NAMES}. */
    public Prediction predict(double[] row) {
        return predict(List.of(row)).get(0);
    }

    /** Predicts for each row, in order, in one model call per target. */
    public List<Prediction> predict(List<double[]> rows) {
        if (rows.isEmpty() || rows.size() > MAX_BATCH) {
            throw new InvalidRequestException("Send between 1 and %d rows.".formatted(MAX_BATCH));
        }
        rows.forEach(CustomerInsights::check);
        return predict(rows, active(ModelTarget.CHURN), active(ModelTarget.SPEND));
    }

    /**
     * Predicts with the models fetched once by the caller, so that a prediction and the reasons given for it come
     * from the same models even when another model is activated meanwhile.
     */
    private List<Prediction> predict(List<double[]> rows, ActiveModels.Loaded churn, ActiveModels.Loaded spend) {
        double[] probabilities = Scorer.churn(churn, rows);
        double[] spends = Scorer.spend(spend, rows);
        predictions.add(ModelTarget.CHURN, rows.size());
        predictions.add(ModelTarget.SPEND, rows.size());
        List<Prediction> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            result.add(prediction(probabilities[i], spends[i], churn, spend));
        }
        return result;
    }

    /** The customer as the models see them now, with the features that moved each prediction most. */
    public CustomerInsight forCustomer(long userId) {
        accounts.get(userId);
        Instant now = clock.instant();
        List<CustomerFeatures> found = features.featuresAsOf(now, List.of(userId));
        if (found.isEmpty() || found.get(0).orderCount() == 0) {
            return new CustomerInsight(userId, false, "no purchase yet: the models score existing customers",
                    null, List.of(), List.of(), Map.of(), now);
        }
        double[] row = found.get(0).values();
        ActiveModels.Loaded churn = active(ModelTarget.CHURN);
        ActiveModels.Loaded spend = active(ModelTarget.SPEND);
        Prediction prediction = predict(List.of(row), churn, spend).get(0);
        Map<String, Double> named = new LinkedHashMap<>();
        for (int f = 0; f < row.length; f++) {
            named.put(CustomerFeatures.NAMES.get(f), row[f]);
        }
        return new CustomerInsight(userId, true, null, prediction, Scorer.drivers(churn, row, true, DRIVERS),
                Scorer.drivers(spend, row, false, DRIVERS), named, now);
    }

    /** Customers of the latest scoring run, highest churn risk first; {@code risk} null for all bands. */
    public PageResult<RankedCustomer> ranked(RiskBand risk, PageQuery page) {
        List<CustomerScore> found = scores.findRanked(risk, page);
        Map<Long, User> users = accounts.findAll(found.stream().map(CustomerScore::userId).toList());
        List<RankedCustomer> content = found.stream()
                .filter(s -> users.containsKey(s.userId()))
                .map(s -> new RankedCustomer(s, users.get(s.userId()).email(), users.get(s.userId()).fullName()))
                .toList();
        return PageResult.of(content, page, scores.count(risk));
    }

    /**
     * The customers of the latest scoring run whose churn probability and predicted spend are both at least these
     * thresholds (valuable customers at risk, for retention campaigns), by user id.
     */
    public List<CustomerScore> atRisk(double minChurnProbability, BigDecimal minPredictedSpend) {
        return scores.findAtRisk(minChurnProbability, minPredictedSpend);
    }

    /** The latest stored scores of these customers (those scored), by user id. */
    public Map<Long, CustomerScore> scores(Collection<Long> userIds) {
        return scores.findByUserIds(userIds).stream()
                .collect(Collectors.toMap(CustomerScore::userId, Function.identity()));
    }

    private Prediction prediction(double probability, double spend, ActiveModels.Loaded churn,
            ActiveModels.Loaded spendModel) {
        return new Prediction(probability, properties.risk(probability),
                BigDecimal.valueOf(spend).setScale(2, RoundingMode.HALF_UP), properties.value(spend),
                churn.registered().id(), spendModel.registered().id());
    }

    private ActiveModels.Loaded active(ModelTarget target) {
        return models.get(target).orElseThrow(() -> new ConflictException("No active model",
                "There is no active %s model yet: train one with POST /api/v1/insights/train."
                        .formatted(target.name().toLowerCase())));
    }

    private static void check(double[] row) {
        if (row.length != CustomerFeatures.NAMES.size()) {
            throw new InvalidRequestException("A row needs the %d features %s."
                    .formatted(CustomerFeatures.NAMES.size(), CustomerFeatures.NAMES));
        }
        for (int f = 0; f < row.length; f++) {
            if (!Double.isFinite(row[f]) || row[f] < 0 || row[f] > CustomerFeatures.MAX_VALUE) {
                throw new InvalidRequestException("Feature %s must be a number from 0 to 3.4e38, not %s."
                        .formatted(CustomerFeatures.NAMES.get(f), row[f]));
            }
        }
    }
}
