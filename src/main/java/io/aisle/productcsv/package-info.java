/**
 * Catalog import and export in Shopify's product CSV format: a file shop owners already have. An import is
 * read and checked row by row first (a report of every error with its row and column), then written in one
 * transaction, so a file with any error changes nothing, and a file imported twice (also twice at once, on any
 * instances) leaves the same catalog: products are matched by handle, else by SKU, and updated. Runs are kept in
 * {@code product_import_runs} with their progress and report, so any instance answers for any run. The export
 * writes the same format. Owns the tables {@code product_import_runs}, {@code product_handles} and
 * {@code product_import_lock}; writes the catalog only through catalog's public services.
 */
@ApplicationModule(allowedDependencies = { "catalog", "media", "platform", "taxes" })
package io.aisle.productcsv;

import org.springframework.modulith.ApplicationModule;
