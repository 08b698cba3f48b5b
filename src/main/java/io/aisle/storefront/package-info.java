/**
 * The customers' web pages: server-rendered Thymeleaf with htmx for partial updates and Server-Sent
 * Events for live order status. One URL, two renderings: the full page, or just the changed fragment
 * when htmx asks ({@code HX-Request}); links and forms keep real targets so every page works without
 * JavaScript. Owns no tables: it calls the business modules' services (an order's page asks returns for its
 * returns and return form).
 */
@ApplicationModule(allowedDependencies = { "assistant", "catalog", "identity", "ordering", "platform", "recommendations",
        "returns", "shopping" })
package io.aisle.storefront;

import org.springframework.modulith.ApplicationModule;
