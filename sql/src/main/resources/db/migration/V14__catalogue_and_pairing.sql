-- The catalogue (商品): what a warehouse SKU is beyond its stock, and pairing (商品配对): which
-- warehouse SKUs, how many of each, one platform SKU stands for, per shop, per platform or for all.

ALTER TABLE wms_sku ADD COLUMN name_en VARCHAR(255);
ALTER TABLE wms_sku ADD COLUMN length_mm INT;
ALTER TABLE wms_sku ADD COLUMN width_mm INT;
ALTER TABLE wms_sku ADD COLUMN height_mm INT;
ALTER TABLE wms_sku ADD COLUMN declared_currency VARCHAR(3);
ALTER TABLE wms_sku ADD COLUMN battery BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE wms_sku ADD COLUMN liquid BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE wms_sku ADD COLUMN magnetic BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE wms_sku ADD COLUMN image_url VARCHAR(1000);
ALTER TABLE wms_sku ADD COLUMN low_stock_threshold INT NOT NULL DEFAULT 0;
ALTER TABLE wms_sku ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;

-- scope_key is 'SHOP:<id>', 'PLATFORM:<platform>' or 'GLOBAL': one pairing per platform SKU and scope
-- (a unique key over nullable shop_id and platform would let duplicates through).
CREATE TABLE wms_sku_pairing (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    shop_id       BIGINT,
    platform      VARCHAR(32),
    scope_key     VARCHAR(48)   NOT NULL,
    platform_sku  VARCHAR(128)  NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    CONSTRAINT uq_sku_pairing UNIQUE (platform_sku, scope_key),
    CONSTRAINT fk_sku_pairing_shop FOREIGN KEY (shop_id) REFERENCES chn_shop (id)
);

CREATE TABLE wms_sku_pairing_component (
    pairing_id  BIGINT  NOT NULL,
    sku_id      BIGINT  NOT NULL,
    quantity    INT     NOT NULL,
    PRIMARY KEY (pairing_id, sku_id),
    CONSTRAINT fk_pairing_component_pairing FOREIGN KEY (pairing_id) REFERENCES wms_sku_pairing (id),
    CONSTRAINT fk_pairing_component_sku FOREIGN KEY (sku_id) REFERENCES wms_sku (id),
    CONSTRAINT ck_pairing_component_quantity CHECK (quantity > 0)
);
CREATE INDEX ix_pairing_component_sku ON wms_sku_pairing_component (sku_id);

-- What a seller adds to warehouse codes when listing (a shop prefix, a "-FBA" suffix): pairing
-- suggestions try the platform SKU without it.
CREATE TABLE wms_pairing_affix (
    kind   VARCHAR(8)   NOT NULL,
    affix  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (kind, affix)
);

-- A package line is one warehouse SKU of one order line: a bundle's line has one package line per
-- component, each holding units_per_item of that SKU per unit the platform sold, as paired at allocation.
ALTER TABLE oms_package_line ADD COLUMN units_per_item INT NOT NULL DEFAULT 1;
