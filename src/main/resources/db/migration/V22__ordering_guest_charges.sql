-- Ordering: a guest's order has no customer id, so neither has its charge in the simulated provider's books.
ALTER TABLE simulated_provider_charges MODIFY COLUMN user_id BIGINT NULL;
