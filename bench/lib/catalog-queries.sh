# The catalog's listing queries as the app sends them (ProductFilter, ProductRepository), for the database
# server's own time at scale: sourced by bench/catalog-scale.sh, which defines sql().
COLS="p.id, p.sku, p.name, p.brand, c.slug AS category_slug, c.name AS category_name, p.description, p.price,
  p.currency, p.stock, p.image_url, p.rating_average, p.rating_count, p.created_at, p.tax_class, p.weight_grams,
  p.status, p.publish_at, p.max_price, p.compare_at_price"
VISIBLE="p.deleted_at IS NULL AND p.status = 'ACTIVE' AND (p.publish_at IS NULL OR p.publish_at <= UTC_TIMESTAMP(6))"
FROM="FROM products p JOIN categories c ON c.id = p.category_id"
declare -A ORDERS=(
  [popular]="p.rating_count DESC, p.rating_average DESC, p.id"
  [price_asc]="p.price ASC, p.id" [price_desc]="p.price DESC, p.id" [newest]="p.created_at DESC, p.id DESC"
  [rating]="p.rating_average DESC, p.rating_count DESC, p.id" [name]="p.name ASC, p.id")
server_ms() { # sql: best of 5, in ms
  sql -N -e "SET profiling = 1; $1; $1; $1; $1; $1; SHOW PROFILES;" | awk '$2 ~ /^[0-9.]+$/ {print $2 * 1000}' \
    | sort -n | head -1 | xargs printf '%.1f'
}
database_times() {
  echo "| query (database server time, best of 5) | ms |"
  echo "| --- | ---: |"
  for order in popular price_asc price_desc newest rating name; do
    echo "| first page, sort $order | $(server_ms "SELECT $COLS $FROM WHERE $VISIBLE ORDER BY ${ORDERS[$order]} LIMIT 20") |"
    echo "| category clothing, sort $order | $(server_ms "SELECT $COLS $FROM WHERE $VISIBLE AND c.slug = 'clothing' ORDER BY ${ORDERS[$order]} LIMIT 20") |"
  done
  echo "| filters (category, price 20-200, in stock), sort price | $(server_ms "SELECT $COLS $FROM WHERE $VISIBLE AND c.slug = 'books' AND p.price >= 20 AND p.price <= 200 AND p.stock > 0 ORDER BY p.price, p.id LIMIT 20") |"
  echo "| page 2,000 (offset 40,000), sort newest | $(server_ms "SELECT $COLS $FROM WHERE $VISIBLE ORDER BY p.created_at DESC, p.id DESC LIMIT 20 OFFSET 40000") |"
  echo "| count, every listed product | $(server_ms "SELECT COUNT(*) $FROM WHERE $VISIBLE") |"
  echo "| count, one category | $(server_ms "SELECT COUNT(*) $FROM WHERE $VISIBLE AND c.slug = 'clothing'") |"
}
