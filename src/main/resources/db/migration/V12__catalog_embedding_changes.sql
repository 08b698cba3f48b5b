-- Catalog: every instance reads the embeddings written since its last look (another instance's product
-- edits), every few seconds; this keeps that read off a scan of the whole table.

CREATE INDEX ix_product_embeddings_updated ON product_embeddings (updated_at);
