/**
 * The admin's web pages: the sales dashboard with a live feed of new orders, products and stock,
 * orders and their status flow, shipping zones and methods, tax rates and settings, promotions and their usage,
 * customers with their churn risk and predicted spend, the machine-learning
 * models (versions, metrics, drift, training with live progress), and CSV exports. Server-rendered
 * Thymeleaf with htmx: one URL, two renderings (the full page, or only the part htmx swaps when it asks with {@code HX-Request});
 * links and forms keep real targets, so every page works without JavaScript. Live figures arrive as
 * Server-Sent Events through {@link io.aisle.platform.LiveEvents}, rendered from the same template
 * fragments the pages use.
 *
 * <p>Owns no tables: it calls the public services of catalog, ordering, identity, analytics, insights,
 * shipping (zones and methods on the shipping page), taxes (rates and settings on the taxes page),
 * promotions (codes, automatic promotions and their usage), media (the pictures on a product's edit page), productcsv (the
 * Shopify CSV import page and export) and mail (the outbox, one mail's content, retrying a failed one). Sub-packages are the page areas
 * ({@code dashboard}, {@code products}, {@code orders}, {@code customers}, {@code models}, {@code shipping},
 * {@code taxes}, {@code promotions}, {@code returns}) and {@code internal} (live updates, CSV, paging, refused forms, shared by the
 * areas).
 */
@ApplicationModule(allowedDependencies = { "analytics", "assistant", "catalog", "identity", "insights", "mail", "media",
        "modeling", "ordering", "platform", "productcsv", "promotions", "returns", "shipping", "taxes", "training" })
package io.aisle.admin;

import org.springframework.modulith.ApplicationModule;

