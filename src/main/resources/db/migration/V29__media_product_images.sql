-- Pictures of products (and of their variants), in the admin's order. The files live in the media storage
-- under names starting with base (base-<width>.<format>); the row is written only after every file is
-- stored, so a row never points to missing files (a crash in between leaves unreferenced files only).
-- variant_id has no foreign key on purpose: variants are checked by the media service.
CREATE TABLE product_images (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id   BIGINT        NOT NULL,
    variant_id   BIGINT        NULL,
    position     INT           NOT NULL,
    alt          VARCHAR(300)  NOT NULL DEFAULT '',
    width        INT           NOT NULL,
    height       INT           NOT NULL,
    widths       VARCHAR(100)  NOT NULL,
    base         VARCHAR(200)  NOT NULL,
    format       VARCHAR(8)    NOT NULL,
    content_hash CHAR(64)      NOT NULL,
    source_hash  CHAR(64)      NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_product_images_position UNIQUE (product_id, position),
    CONSTRAINT uq_product_images_content UNIQUE (product_id, content_hash),
    CONSTRAINT uq_product_images_source UNIQUE (product_id, source_hash),
    CONSTRAINT fk_product_images_product FOREIGN KEY (product_id) REFERENCES products (id)
);
