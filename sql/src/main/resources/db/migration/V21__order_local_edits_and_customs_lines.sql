-- What a person changed on an order by hand, field by field, so that a later platform sync never
-- silently overwrites it: the platform's value as last seen beside ours, and a flag for a person when
-- the platform changes a field that was edited here (its new value kept in platform_changed_to).
-- MySQL dialect; the same file runs on H2 in MySQL mode.
CREATE TABLE oms_order_local_edit (
    order_id             BIGINT        NOT NULL,
    field                VARCHAR(32)   NOT NULL,
    platform_value       VARCHAR(255),
    platform_changed     BOOLEAN       NOT NULL DEFAULT FALSE,
    platform_changed_to  VARCHAR(255),
    platform_changed_at  DATETIME(3),
    edited_by            VARCHAR(64)   NOT NULL,
    edited_at            DATETIME(3)   NOT NULL,
    PRIMARY KEY (order_id, field),
    CONSTRAINT fk_local_edit_order FOREIGN KEY (order_id) REFERENCES oms_order (id)
);
CREATE INDEX ix_local_edit_changed ON oms_order_local_edit (platform_changed, order_id);

-- Customs data per package line, copied from the warehouse SKU at allocation and editable by a clerk
-- before the parcel is requested; the carrier's request declares these, not the SKU's current values.
ALTER TABLE oms_package_line ADD COLUMN declared_name_en VARCHAR(128);
ALTER TABLE oms_package_line ADD COLUMN declared_name_cn VARCHAR(128);
ALTER TABLE oms_package_line ADD COLUMN hs_code VARCHAR(16);
ALTER TABLE oms_package_line ADD COLUMN declared_value DECIMAL(12, 2);
ALTER TABLE oms_package_line ADD COLUMN declared_currency VARCHAR(3);
ALTER TABLE oms_package_line ADD COLUMN declared_weight_grams INT;

-- A merged package (合并) carries the lines of several orders of one shop, buyer and address in one
-- parcel: oms_package.order_id names the first of them, this table the others, so that each order
-- finds the package, ships with it and is confirmed to its marketplace with its tracking number.
CREATE TABLE oms_package_order (
    package_id  BIGINT NOT NULL,
    order_id    BIGINT NOT NULL,
    PRIMARY KEY (package_id, order_id),
    CONSTRAINT fk_package_order_package FOREIGN KEY (package_id) REFERENCES oms_package (id),
    CONSTRAINT fk_package_order_order FOREIGN KEY (order_id) REFERENCES oms_order (id)
);
CREATE INDEX ix_package_order_order ON oms_package_order (order_id, package_id);
