-- Promotions: an order whose payment never came gives its promotion uses back (issue 12); its redemptions are found by
-- the order.
CREATE INDEX ix_promotion_redemptions_order ON promotion_redemptions (order_id);
