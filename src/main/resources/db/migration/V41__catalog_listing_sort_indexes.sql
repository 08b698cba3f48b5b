-- Catalog: every sort of the customers' listing walks an index in its own order, for the whole catalog and
-- within a category, so a page reads its 20 rows instead of sorting every listed product (at 100,000
-- products, bench/catalog-scale.sh: 0.6-0.8 s a page before). The sorts that mix descending and ascending
-- keys (price high to low then id; most reviewed, best rated, then id) need descending index parts
-- (MariaDB 10.8+, MySQL 8). Counting the listed products reads a narrow index instead of every row.

CREATE INDEX ix_products_price_desc ON products (deleted_at, price DESC, id);
CREATE INDEX ix_products_popular ON products (deleted_at, rating_count DESC, rating_average DESC, id);
CREATE INDEX ix_products_rated ON products (deleted_at, rating_average DESC, rating_count DESC, id);
DROP INDEX ix_products_rating ON products;

CREATE INDEX ix_products_category_price_desc ON products (category_id, deleted_at, price DESC, id);
CREATE INDEX ix_products_category_popular ON products (category_id, deleted_at, rating_count DESC, rating_average DESC, id);
CREATE INDEX ix_products_category_rated ON products (category_id, deleted_at, rating_average DESC, rating_count DESC, id);
CREATE INDEX ix_products_category_created ON products (category_id, deleted_at, created_at);
CREATE INDEX ix_products_category_name ON products (category_id, deleted_at, name);

CREATE INDEX ix_products_visible ON products (deleted_at, status, publish_at, category_id);
