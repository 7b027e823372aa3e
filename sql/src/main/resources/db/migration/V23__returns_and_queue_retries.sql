-- Issue 13: after-sales and the queues a person works.

-- A return (RMA, 退货) of a shipped order: REQUESTED when registered, RECEIVED once the goods are counted in
-- (each unit put back on the shelf a RETURN movement of the stock ledger, referenced RETURN:<id>), CLOSED when
-- settled. A refund is information only: what the seller refunded on the platform, never sent anywhere.
CREATE TABLE rma_return (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT         NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    reason           VARCHAR(500)   NOT NULL,
    refund_amount    DECIMAL(14, 2),
    refund_note      VARCHAR(500),
    created_by       VARCHAR(64)    NOT NULL,
    created_at       DATETIME(3)    NOT NULL,
    received_by      VARCHAR(64),
    received_at      DATETIME(3),
    closed_by        VARCHAR(64),
    closed_at        DATETIME(3),
    version          INT            NOT NULL DEFAULT 0,
    CONSTRAINT fk_return_order FOREIGN KEY (order_id) REFERENCES oms_order (id)
);
CREATE INDEX ix_return_order ON rma_return (order_id);
CREATE INDEX ix_return_status ON rma_return (status, id);

-- One order line of a return: how many units the buyer sends back, and once received how many came, went back
-- on the shelf (restocked, at location when one was scanned) or were scrapped.
CREATE TABLE rma_return_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id      BIGINT       NOT NULL,
    order_line_id  BIGINT       NOT NULL,
    quantity       INT          NOT NULL,
    restocked      INT          NOT NULL DEFAULT 0,
    scrapped       INT          NOT NULL DEFAULT 0,
    location       VARCHAR(32),
    CONSTRAINT uq_return_line UNIQUE (return_id, order_line_id),
    CONSTRAINT fk_return_line_return FOREIGN KEY (return_id) REFERENCES rma_return (id),
    CONSTRAINT fk_return_line_order_line FOREIGN KEY (order_line_id) REFERENCES oms_order_line (id),
    CONSTRAINT ck_return_line_quantity CHECK (quantity > 0 AND restocked >= 0 AND scrapped >= 0
        AND restocked + scrapped <= quantity)
);
CREATE INDEX ix_return_line_order_line ON rma_return_line (order_line_id);

-- Who last put a failed confirmation or parcel cancellation back in its queue, and when.
ALTER TABLE wb_outbox ADD COLUMN retried_by VARCHAR(64);
ALTER TABLE wb_outbox ADD COLUMN retried_at DATETIME(3);
ALTER TABLE lgs_parcel_cancellation ADD COLUMN retried_by VARCHAR(64);
ALTER TABLE lgs_parcel_cancellation ADD COLUMN retried_at DATETIME(3);

-- The deadline view reads the orders still to ship by their ship-by.
CREATE INDEX ix_order_deadline ON oms_order (status, ship_by);
