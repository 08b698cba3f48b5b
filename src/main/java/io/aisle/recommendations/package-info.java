/**
 * Recommendations: "customers also bought" for a product (item-to-item co-purchase counts, filled with
 * the product's nearest neighbours in meaning, so a new product still has some) and "recommended for
 * you" for a signed-in customer (the products nearest to the centroid of what they viewed, wishlisted
 * and bought). Owns no tables: it reads orders through {@link io.aisle.ordering.CoPurchases}, views
 * through {@link io.aisle.tracking.ProductViews}, the wishlist through
 * {@link io.aisle.shopping.WishlistService}, and products and their embeddings through
 * {@link io.aisle.catalog.ProductService} and {@link io.aisle.catalog.ProductSearch}. Nothing below the
 * page modules depends on it, so module dependencies stay acyclic.
 */
@ApplicationModule(allowedDependencies = { "catalog", "ordering", "platform", "shopping", "tracking" })
package io.aisle.recommendations;

import org.springframework.modulith.ApplicationModule;
