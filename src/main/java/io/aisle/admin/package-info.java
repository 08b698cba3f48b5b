/**
 * The admin's web pages: the sales dashboard with a live feed of new orders, products and stock,
 * orders and their status flow, customers with their churn risk and predicted spend, promotions and their usage, the machine-learning
 * models (versions, metrics, drift, training with live progress), and CSV exports. Server-rendered
 * Thymeleaf with htmx: one URL, two renderings (the full page, or only the part htmx swaps when it asks with {@code HX-Request});
 * links and forms keep real targets, so every page works without JavaScript. Live figures arrive as
 * Server-Sent Events through {@link io.aisle.platform.LiveEvents}, rendered from the same template
 * fragments the pages use.
 *
 * <p>Owns no tables: it calls the public services of catalog, ordering, identity, analytics, insights and
 * promotions.
 * Sub-packages are the page areas ({@code dashboard}, {@code products}, {@code orders}, {@code customers},
 * {@code models}, {@code promotions}) and {@code internal} (live updates, CSV, paging, shared by the areas).
 */
@ApplicationModule(allowedDependencies = { "analytics", "assistant", "catalog", "identity", "insights", "ordering", "platform", "promotions" })
package io.aisle.admin;

import org.springframework.modulith.ApplicationModule;
