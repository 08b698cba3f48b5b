/**
 * Promotions: discount codes and automatic promotions (percentage, fixed amount, free shipping, buy X get Y),
 * their conditions (minimum subtotal, target products and categories, first order only, dates) and usage
 * limits (in total and per customer). Checkout asks {@link io.aisle.promotions.PromotionService#evaluate}
 * what a cart gets, and records what an order got with {@link io.aisle.promotions.PromotionService#redeem}
 * inside its own transaction; {@link io.aisle.promotions.PromotionAdmin} is what the admin API and pages use.
 * {@link io.aisle.promotions.PersonalCodes} issues personal codes (one customer account, once), for retention
 * campaigns; a promotion's {@code customer_user_id} and {@code issue_key} columns hold them.
 *
 * <p>Owns the tables {@code promotions}, {@code promotion_counters} (the guarded counter of a promotion with
 * a usage limit), {@code promotion_customer_uses} (uses per lower-cased e-mail) and
 * {@code promotion_redemptions} (promotion, order id, customer, amount, time). Depends on the platform only:
 * lines arrive with their product id and category slug, and order ids are only stored, so neither the
 * catalog nor ordering is called (ordering calls this module, not the other way round).
 */
@ApplicationModule(allowedDependencies = { "platform" })
package io.aisle.promotions;

import org.springframework.modulith.ApplicationModule;
