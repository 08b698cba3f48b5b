/**
 * Analytics: the admin's sales report (revenue, orders, units, by day, by category, top products and
 * low stock). Owns no tables: it composes {@link io.aisle.ordering.SalesStatistics}, which queries the
 * ordering module's own tables, with the catalog's low-stock list from
 * {@link io.aisle.catalog.ProductService}. Depends on ordering, catalog and the platform.
 */
@ApplicationModule(allowedDependencies = { "catalog", "ordering", "platform" })
package io.aisle.analytics;

import org.springframework.modulith.ApplicationModule;
