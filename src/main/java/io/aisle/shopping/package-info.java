/**
 * Shopping: the signed-in customer's cart and wishlist, and the rules of a guest's cart
 * ({@link io.aisle.shopping.GuestCartService}: the same limits and messages; the storefront keeps the
 * {@link io.aisle.shopping.GuestCart} in the session, so it needs no table). Owns the tables {@code cart_items}, {@code carts} (when each
 * cart last changed, and the state a reminder was sent for: {@link io.aisle.shopping.CartAbandoned}, published once
 * per cart state for customers who opted in) and {@code wishlist_items}, which hold only product ids and quantities: names, prices and stock are read
 * live from the catalog through {@link io.aisle.catalog.ProductService}, so a deleted product drops out
 * and a changed price shows at once. Depends on catalog, identity (it erases a deleted account's rows on
 * {@link io.aisle.identity.AccountDeleted}) and the platform. Ordering locks, reads and empties the cart at
 * checkout through {@link io.aisle.shopping.CartService} (the lock makes one cart one order); shopping never
 * depends on ordering.
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "platform" })
package io.aisle.shopping;

import org.springframework.modulith.ApplicationModule;
