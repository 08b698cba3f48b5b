package io.aisle.lab.retail;

import io.aisle.lab.data.RetailImportRepository.ImportRun;
import io.aisle.lab.data.RetailImportRepository;
import io.aisle.modeling.ChurnMetrics;
import io.aisle.modeling.CustomerLabel;
import io.aisle.modeling.LabelService;
import io.aisle.modeling.ModelTraining;
import io.aisle.modeling.SpendMetrics;
import io.aisle.modeling.TemporalSplit;
import io.aisle.modeling.TrainingResult;
import io.aisle.modeling.baseline.ClvBaseline;
import io.aisle.modeling.baseline.CustomerForecast;
import io.aisle.modeling.baseline.CustomerSummary;
import io.aisle.modeling.baseline.Purchase;
import io.aisle.ordering.PastOrder;
import io.aisle.ordering.PurchaseHistory;
import io.aisle.platform.NotFoundException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Evaluates the churn and spend models on an imported Online Retail history against the classic baseline,
 * on the same data: {@link ModelTraining} trains on the split's training cutoffs and scores the customers
 * who had bought before the test cutoff T; BG/NBD and Gamma-Gamma are fitted to the same customers' orders
 * before T (the calibration window, one transaction per purchase day, in days) and forecast the same
 * customers over the same horizon, and both are scored against the same labels ({@link LabelService}).
 */
@Service
public class OnlineRetailEvaluation {

    static final String NO_PURCHASE = "BG/NBD P(no purchase in H)";
    static final String NOT_ALIVE = "BG/NBD 1 − P(alive)";
    static final String BASELINE_SPEND = "BG/NBD × Gamma-Gamma";

    private final RetailImportRepository runs;
    private final ModelTraining training;
    private final LabelService labels;
    private final PurchaseHistory purchases;

    OnlineRetailEvaluation(RetailImportRepository runs, ModelTraining training, LabelService labels,
            PurchaseHistory purchases) {
        this.runs = runs;
        this.training = training;
        this.labels = labels;
        this.purchases = purchases;
    }

    /** Evaluates on the customers of the given finished import, or of the latest one when empty. */
    public RetailEvaluation evaluate(Optional<Long> importId, RetailEvaluationSettings settings) {
        long started = System.nanoTime();
        ImportRun run = (importId.isPresent() ? runs.findById(importId.get()) : runs.findLatestDone())
                .filter(r -> r.status().equals("DONE"))
                .orElseThrow(() -> new NotFoundException("No finished Online Retail import"
                        + importId.map(id -> " with id " + id).orElse("") + ". Run import-online-retail first."));
        Collection<Long> customers = runs.findCustomers(run.id()).values();
        TemporalSplit split = settings.split();
        TrainingResult learned = training.train(split, customers);
        List<Long> holdout = learned.testUserIds();

        Map<Long, CustomerSummary> calibration = summaries(split, customers);
        ClvBaseline baseline = ClvBaseline.fit(List.copyOf(calibration.values()));
        Map<Long, CustomerLabel> outcomes = labels.labelsAsOf(split.testCutoff(), split.horizon(), holdout);
        double horizonDays = split.horizon().toDays();
        double[] noPurchase = new double[holdout.size()];
        double[] notAlive = new double[holdout.size()];
        double[] expectedSpend = new double[holdout.size()];
        boolean[] churned = new boolean[holdout.size()];
        double[] spend = new double[holdout.size()];
        for (int i = 0; i < holdout.size(); i++) {
            CustomerForecast forecast = baseline.forecast(calibration.get(holdout.get(i)), horizonDays);
            noPurchase[i] = forecast.churnProbability();
            notAlive[i] = 1 - forecast.probabilityAlive();
            expectedSpend[i] = forecast.expectedSpend();
            CustomerLabel outcome = outcomes.get(holdout.get(i));
            churned[i] = outcome.churned();
            spend[i] = outcome.spend().doubleValue();
        }
        List<ChurnMetrics> churn = new ArrayList<>(List.of(learned.boostedChurn(), learned.linearChurn()));
        churn.add(ChurnMetrics.of(NO_PURCHASE, noPurchase, churned));
        churn.add(ChurnMetrics.of(NOT_ALIVE, notAlive, churned));
        List<SpendMetrics> spendMetrics = new ArrayList<>(List.of(learned.boostedSpend(), learned.linearSpend()));
        spendMetrics.add(SpendMetrics.of(BASELINE_SPEND, expectedSpend, spend));
        int churnedCount = 0;
        double spendSum = 0;
        for (int i = 0; i < holdout.size(); i++) {
            churnedCount += churned[i] ? 1 : 0;
            spendSum += spend[i];
        }
        return new RetailEvaluation(run.id(), split, customers.size(), learned.trainingRows(), calibration.size(),
                holdout.size(), (double) churnedCount / holdout.size(), spendSum / holdout.size(),
                baseline.purchases(), baseline.spend(), churn, spendMetrics,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The baseline's view of each customer who had bought before the test cutoff: their live orders before
     * it, one transaction per UTC purchase day (worth the day's order totals), times in days.
     */
    private Map<Long, CustomerSummary> summaries(TemporalSplit split, Collection<Long> customers) {
        Map<Long, List<Purchase>> byCustomer = purchases.liveOrdersBefore(split.testCutoff(), customers).stream()
                .collect(Collectors.groupingBy(PastOrder::userId, LinkedHashMap::new, Collectors.mapping(
                        o -> new Purchase(LocalDate.ofInstant(o.placedAt(), ZoneOffset.UTC), o.total().doubleValue()),
                        Collectors.toList())));
        LocalDate cutoff = LocalDate.ofInstant(split.testCutoff(), ZoneOffset.UTC);
        Map<Long, CustomerSummary> summaries = new LinkedHashMap<>();
        byCustomer.forEach((userId, list) -> CustomerSummary.atCutoff(list, cutoff, ChronoUnit.DAYS)
                .ifPresent(summary -> summaries.put(userId, summary)));
        return summaries;
    }
}
