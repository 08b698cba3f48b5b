/**
 * The catalog: categories, products and their stock, reviews and ratings, product search, and the
 * seed catalog. Owns the tables {@code categories}, {@code products}, {@code reviews},
 * {@code stock_adjustments} and {@code product_embeddings}. {@link io.aisle.catalog.ProductSearch} ranks
 * products by words, by meaning (sentence embeddings, {@code search} sub-package) or both, and finds
 * products similar to others. Depends on the platform, and on identity's public face for review authors'
 * names and for account deletion, and on taxes' public face for the product tax classes
 * ({@link io.aisle.taxes.TaxClass}, the {@code tax_class} of products); other modules read products and move stock through
 * {@link io.aisle.catalog.ProductService} and {@link io.aisle.catalog.StockService}.
 * {@link io.aisle.catalog.HistoricalProducts} writes the products of imported histories: archived from the
 * start, in an unlisted category, so they never show in the shop. {@link io.aisle.catalog.CatalogBulkLoad} writes
 * generated products in bulk (the {@code seed-catalog} command).
 */
@ApplicationModule(allowedDependencies = { "identity", "platform", "taxes" })
package io.aisle.catalog;

import org.springframework.modulith.ApplicationModule;
