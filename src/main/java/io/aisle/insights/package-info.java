/**
 * Insights: predictions about customers (who is likely to buy again, who is drifting away, what they
 * are likely to spend) for the admin and for comparing learned models. Owns the tables {@code ml_models}
 * (the model registry), {@code retail_imports} and {@code retail_customers} (imports of real histories).
 *
 * <p>The root builds the models' data: {@link io.aisle.insights.FeatureService} (features as of a
 * cutoff), {@link io.aisle.insights.LabelService} and {@link io.aisle.insights.TemporalSplit}, from
 * ordering's {@link io.aisle.ordering.PurchaseHistory} and tracking's
 * {@link io.aisle.tracking.BehaviorSummaries}; it never reads their tables. The {@code baseline}
 * sub-package holds the classic probabilistic models (BG/NBD, Gamma-Gamma) that every learned model is
 * measured against; the {@code simulation} sub-package generates customers whose true churn probability
 * and expected spend are known, to tell how good a learned model can possibly be. Both sub-packages are
 * plain Java (JDK and commons-math). The {@code loading} sub-package writes a simulated history into the
 * shop through the owning modules' bulk import services ({@code HistoricalAccounts}, {@code OrderImport},
 * {@code BehaviorImport}), so features and models run on it as on real customers.
 * {@link io.aisle.insights.ModelTraining} trains and evaluates the churn and spend models (Tribuo:
 * XGBoost and linear baselines) on a {@link io.aisle.insights.TemporalSplit}; its internals (datasets,
 * trainer configurations, batch scoring, rank statistics) are in the {@code training} sub-package. The
 * {@code retail} sub-package imports the UCI Online Retail transaction log into the shop and evaluates
 * the models against the baseline on it, with the {@code import-online-retail} and
 * {@code evaluate-online-retail} commands (platform {@code AisleCommand} beans).
 * Depends on ordering, returns, tracking, identity and catalog (root packages). See docs/ml.md.
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "ordering", "platform", "returns", "tracking" })
package io.aisle.insights;

import org.springframework.modulith.ApplicationModule;
