/**
 * Modeling: the ML pipeline from the shop's data to trained models. {@link io.aisle.modeling.FeatureService}
 * (features as of a cutoff), {@link io.aisle.modeling.LabelService} (what customers did in the H days after it),
 * {@link io.aisle.modeling.TemporalSplit} (training cutoffs whose label windows end before the test cutoff),
 * {@link io.aisle.modeling.ModelTraining} (trains and evaluates the churn and spend models, Tribuo) and
 * {@link io.aisle.modeling.Scoring} (applies a trained model to rows). It reads ordering's
 * {@link io.aisle.ordering.PurchaseHistory} and tracking's {@link io.aisle.tracking.BehaviorSummaries}, never their
 * tables, and owns no table: models are kept by insights, jobs by training. The {@code training} sub-package holds
 * the internals (datasets, trainer configurations, rank statistics); {@code baseline} (a named interface, plain Java)
 * the classic probabilistic models every learned model is measured against. See docs/ml.md.
 */
@ApplicationModule(allowedDependencies = { "ordering", "platform", "tracking" })
package io.aisle.modeling;

import org.springframework.modulith.ApplicationModule;

