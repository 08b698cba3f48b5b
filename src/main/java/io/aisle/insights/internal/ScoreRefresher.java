package io.aisle.insights.internal;

import io.aisle.identity.AccountDeleted;
import io.aisle.insights.CustomerScore;
import io.aisle.insights.InsightsProperties;
import io.aisle.insights.ModelActivated;
import io.aisle.insights.data.CustomerScoreRepository;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.FeatureService;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.Workers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores every customer who has bought (features as of now, the active models) and stores the scores, so
 * that retention lists and the admin's customer table are indexed reads. Runs whenever a model becomes active
 * (a training job promoting it or an admin's choice: the one {@link ModelActivated} listener) and on
 * {@code aisle.insights.rescore-cron}. Each run measures input drift
 * too, since it has the live features at hand.
 */
@Component
public class ScoreRefresher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScoreRefresher.class);
    /** Rows per model call and per batched upsert. */
    static final int CHUNK = 5_000;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final ActiveModels models;
    private final FeatureService features;
    private final CustomerScoreRepository scores;
    private final DriftMonitor drift;
    private final PredictionCounter predictions;
    private final InsightsProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ExecutorService background = Workers.singleThread("insights-scoring");
    private final AtomicBoolean pending = new AtomicBoolean();

    ScoreRefresher(ActiveModels models, FeatureService features, CustomerScoreRepository scores, DriftMonitor drift,
            PredictionCounter predictions, InsightsProperties properties, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.models = models;
        this.features = features;
        this.scores = scores;
        this.drift = drift;
        this.predictions = predictions;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Scores every buyer now; returns how many, or 0 when a target has no active model yet. */
    public synchronized int refresh() {
        Optional<ActiveModels.Loaded> churn = models.get(ModelTarget.CHURN);
        Optional<ActiveModels.Loaded> spend = models.get(ModelTarget.SPEND);
        if (churn.isEmpty() || spend.isEmpty()) {
            return 0;
        }
        Instant runStart = clock.instant();
        long started = System.nanoTime();
        List<CustomerFeatures> buyers = features.featuresAsOf(runStart).stream()
                .filter(f -> f.orderCount() > 0)
                .toList();
        long read = System.nanoTime();
        List<double[]> all = new ArrayList<>(buyers.size());
        for (int from = 0; from < buyers.size(); from += CHUNK) {
            List<CustomerFeatures> chunk = buyers.subList(from, Math.min(buyers.size(), from + CHUNK));
            List<double[]> rows = chunk.stream().map(CustomerFeatures::values).toList();
            double[] churnProbabilities = Scorer.churn(churn.get(), rows);
            double[] spends = Scorer.spend(spend.get(), rows);
            List<CustomerScore> scored = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                BigDecimal predicted = BigDecimal.valueOf(spends[i]).setScale(2, RoundingMode.HALF_UP);
                scored.add(new CustomerScore(chunk.get(i).userId(), churnProbabilities[i],
                        properties.risk(churnProbabilities[i]), predicted, properties.value(spends[i]),
                        churn.get().registered().id(), spend.get().registered().id(), runStart));
            }
            // one transaction per chunk: committing row by row would cost a log flush per customer
            transactions.executeWithoutResult(status -> scores.upsertAll(scored));
            all.addAll(rows);
        }
        scores.deleteScoredBefore(runStart);
        predictions.add(ModelTarget.CHURN, all.size());
        predictions.add(ModelTarget.SPEND, all.size());
        drift.measure(churn.get(), all, runStart);
        drift.measure(spend.get(), all, runStart);
        log.info("Scored {} customers with churn model {} and spend model {} (features read in {} ms, scored and stored in {} ms)",
                all.size(), churn.get().registered().id(), spend.get().registered().id(), (read - started) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
        return all.size();
    }

    /** Refreshes in the background; a request made while one is waiting joins that one. */
    public void refreshLater() {
        if (pending.compareAndSet(false, true)) {
            background.execute(() -> {
                pending.set(false);
                try {
                    refresh();
                } catch (RuntimeException e) {
                    log.warn("Scoring customers failed", e);
                }
            });
        }
    }

    /** After the activation commits and after {@link ActiveModels} dropped the old model, so the run uses the new one. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(ModelActivated activated) {
        refreshLater();
    }

    @Scheduled(cron = "${aisle.insights.rescore-cron:-}")
    void onSchedule() {
        refresh();
    }

    /** A deleted account's score goes in the deleting transaction. */
    @EventListener
    void on(AccountDeleted event) {
        scores.deleteByUser(event.userId());
    }

    @Override
    public void destroy() throws InterruptedException {
        // a queued or running refresh finishes first: the models a `train` command just activated get their scores
        // before the command's process exits (the activation's listener only queues the refresh)
        background.shutdown();
        if (!background.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            background.shutdownNow();
        }
    }
}
