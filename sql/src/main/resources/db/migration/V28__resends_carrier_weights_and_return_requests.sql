-- Issue 13: resends (补发), the station's weights sent to the carrier, and return requests synced from platforms.

-- A resend is an order of its own (its package, parcel and label flow like any order's) that replaces
-- goods of a shipped order: resend_of names that order. The marketplace heard of the original shipment,
-- so a resend's shipment is never confirmed to it (its write-back status says NOT_REQUIRED).
ALTER TABLE oms_order ADD COLUMN resend_of BIGINT;
ALTER TABLE oms_order ADD CONSTRAINT fk_order_resend_of FOREIGN KEY (resend_of) REFERENCES oms_order (id);
CREATE INDEX ix_order_resend_of ON oms_order (resend_of);

-- The weight measured at the station, to be sent to a carrier that takes a weight update: one row per
-- package, written in the transaction that stores the weight (a new weighing puts the row back to PENDING
-- with the new weight); relays claim due rows (FOR UPDATE SKIP LOCKED, then a lease) and call the carrier
-- outside any transaction. Sending the same weight again is harmless, so an unanswered call is retried.
-- A carrier without a weight update gets no row.
CREATE TABLE lgs_weight_update (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    package_id       BIGINT        NOT NULL,
    weight_grams     INT           NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    last_error       VARCHAR(1000),
    created_at       DATETIME(3)   NOT NULL,
    settled_at       DATETIME(3),
    CONSTRAINT uq_weight_update_package UNIQUE (package_id),
    CONSTRAINT fk_weight_update_order FOREIGN KEY (order_id) REFERENCES oms_order (id),
    CONSTRAINT fk_weight_update_package FOREIGN KEY (package_id) REFERENCES oms_package (id),
    CONSTRAINT ck_weight_update_grams CHECK (weight_grams > 0)
);
CREATE INDEX ix_weight_update_due ON lgs_weight_update (status, next_attempt_at);

-- Return requests synced from platforms that list them (Taobao's refunds with goods returned): the platform's
-- id of the request makes its return once, however often it is read.
ALTER TABLE rma_return ADD COLUMN platform_return_id VARCHAR(64);
ALTER TABLE rma_return ADD CONSTRAINT uq_return_platform_request UNIQUE (order_id, platform_return_id);

-- How far each shop's return requests were read.
CREATE TABLE rma_return_sync (
    shop_id      BIGINT        PRIMARY KEY,
    watermark    DATETIME(3)   NOT NULL,
    last_run_at  DATETIME(3)   NOT NULL,
    last_error   VARCHAR(1000),
    CONSTRAINT fk_return_sync_shop FOREIGN KEY (shop_id) REFERENCES chn_shop (id)
);
