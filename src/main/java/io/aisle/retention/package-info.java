/**
 * Retention: campaigns that offer valuable customers at risk a personal discount, with a random control group that
 * gets nothing, and the measured uplift once the campaign's horizon has passed. See docs/ml.md "Retention
 * campaigns".
 *
 * <p>Chooses customers from the stored scores of insights ({@link io.aisle.insights.CustomerInsights#atRisk}),
 * takes the default horizon from modeling's {@link io.aisle.modeling.ModelingProperties}, issues each treated
 * customer a personal code through promotions ({@link io.aisle.promotions.PersonalCodes}) and publishes
 * {@link io.aisle.retention.RetentionOfferMade} in the same transaction, which the mail module turns into an outbox
 * mail; reads the customers' accounts (identity) and orders (ordering) for the mail and the report. The
 * mail's text may come from the assistant's configured LLM (its LangChain4j {@code ChatModel}, present only when an
 * LLM is configured), with the template as fallback. Owns the tables {@code retention_campaigns},
 * {@code retention_members} and {@code retention_start_lock} (the row campaign starts take turns on).
 * {@code api} holds the admin JSON API ({@code /api/v1/campaigns}), {@code web} the admin pages
 * ({@code /admin/campaigns}).
 */
@ApplicationModule(allowedDependencies = { "identity", "insights", "modeling", "ordering", "platform", "promotions" })
package io.aisle.retention;

import org.springframework.modulith.ApplicationModule;
