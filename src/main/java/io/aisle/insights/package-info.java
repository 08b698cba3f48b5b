/**
 * Insights: scoring and serving the models, for the admin and for retention campaigns. The model registry
 * ({@link io.aisle.insights.ModelRegistry}, table {@code ml_models}: at most one active model per target, a new
 * one promoted only when it beats the active one on the same holdout, {@link io.aisle.insights.ModelPromotion}),
 * predictions for a customer or raw features ({@link io.aisle.insights.CustomerInsights}, the active models
 * fetched once per prediction), the stored scores of every customer who has bought ({@code ml_customer_scores},
 * re-scored by the one {@link io.aisle.insights.ModelActivated} listener and on a schedule), and model health with
 * input drift ({@link io.aisle.insights.InsightsHealth}). Models come from modeling's pipeline; the jobs that train
 * them live in training. See docs/ml.md.
 */
@ApplicationModule(allowedDependencies = { "identity", "modeling", "platform" })
package io.aisle.insights;

import org.springframework.modulith.ApplicationModule;

