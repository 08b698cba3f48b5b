/**
 * Insights: predictions about customers (who is likely to buy again, who is drifting away, what they
 * are likely to spend) for the admin and for comparing learned models. Owns no tables yet. Its
 * {@code baseline} sub-package holds the classic probabilistic models that every learned model here
 * is measured against, and depends on nothing but the JDK and commons-math. The root builds the models'
 * data: {@link io.aisle.insights.FeatureService} (features as of a cutoff),
 * {@link io.aisle.insights.LabelService} and {@link io.aisle.insights.TemporalSplit}, from ordering's
 * {@link io.aisle.ordering.PurchaseHistory} and tracking's {@link io.aisle.tracking.BehaviorSummaries};
 * it never reads their tables. See docs/ml.md.
 */
package io.aisle.insights;
