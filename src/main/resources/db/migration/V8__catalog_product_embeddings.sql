-- Catalog: each listed product's sentence embedding for semantic search, so that a restart loads them
-- instead of computing them again. text_hash is the SHA-256 of the text that was embedded: a product
-- whose text changed (or a new model) is embedded again. vector holds float32 values, little-endian.

CREATE TABLE product_embeddings (
    product_id BIGINT       NOT NULL PRIMARY KEY,
    model      VARCHAR(100) NOT NULL,
    dims       INT          NOT NULL,
    vector     BLOB         NOT NULL,
    text_hash  CHAR(64)     NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_product_embeddings_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
