-- Issue 11: stock that explains every unit, and why an order waits.

-- The stock ledger: every change of a SKU's on-hand or reserved units is one movement row, written in the
-- transaction that changes wms_sku, so on_hand and reserved always equal the ledger's sums. The kind says
-- which figure moves (RECEIPT, ADJUSTMENT and RETURN on hand, RESERVE and RELEASE reserved, DEDUCT both);
-- the quantity is positive, except an ADJUSTMENT's, which is the signed change of on hand.
CREATE TABLE wms_stock_movement (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku_id       BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    quantity     INT           NOT NULL,
    reference    VARCHAR(96),
    actor        VARCHAR(64)   NOT NULL,
    reason       VARCHAR(500),
    occurred_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_movement_sku FOREIGN KEY (sku_id) REFERENCES wms_sku (id)
);
CREATE INDEX ix_movement_sku ON wms_stock_movement (sku_id, occurred_at);
CREATE INDEX ix_movement_time ON wms_stock_movement (occurred_at);

-- What the SKUs held before the ledger existed, as its first rows.
INSERT INTO wms_stock_movement (sku_id, kind, quantity, reference, actor, reason, occurred_at)
SELECT id, 'ADJUSTMENT', on_hand, NULL, 'system', 'opening balance', CURRENT_TIMESTAMP(3)
FROM wms_sku WHERE on_hand <> 0;
INSERT INTO wms_stock_movement (sku_id, kind, quantity, reference, actor, reason, occurred_at)
SELECT id, 'RESERVE', reserved, NULL, 'system', 'opening balance', CURRENT_TIMESTAMP(3)
FROM wms_sku WHERE reserved <> 0;

-- A goods receipt (入库): its reference is unique, so a receipt sent twice is not booked twice.
CREATE TABLE wms_receipt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference    VARCHAR(64)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    received_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uq_receipt_reference UNIQUE (reference)
);

-- Why a reviewed order could not be allocated at its last attempt (UNPAIRED, OUT_OF_STOCK, NO_CUSTOMS_DATA,
-- NO_LOGISTICS_METHOD); null once it is allocated or never tried. The items name what is at fault: platform
-- SKUs not paired, or warehouse SKUs without customs data or short of stock (with how many are missing).
ALTER TABLE oms_order ADD COLUMN allocation_block VARCHAR(32);
CREATE INDEX ix_order_allocation_block ON oms_order (status, allocation_block);

CREATE TABLE oms_allocation_block_item (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id  BIGINT        NOT NULL,
    sku_id    BIGINT,
    code      VARCHAR(128)  NOT NULL,
    missing   INT,
    CONSTRAINT fk_block_item_order FOREIGN KEY (order_id) REFERENCES oms_order (id),
    CONSTRAINT fk_block_item_sku FOREIGN KEY (sku_id) REFERENCES wms_sku (id)
);
CREATE INDEX ix_block_item_order ON oms_allocation_block_item (order_id);
CREATE INDEX ix_block_item_sku ON oms_allocation_block_item (sku_id);

-- The seller's settings, one row each (e.g. allocation.auto: allocate reviewed orders by themselves).
CREATE TABLE app_setting (
    setting_name   VARCHAR(64)   PRIMARY KEY,
    setting_value  VARCHAR(255)  NOT NULL,
    updated_by     VARCHAR(64)   NOT NULL,
    updated_at     DATETIME(3)   NOT NULL
);
