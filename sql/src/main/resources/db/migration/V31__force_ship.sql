-- Force-ship (强制发货): the seller settled the buyer's refund request outside the platform and ships the order
-- anyway. One row per order while the platform still flags that request (platform_status as it read then): a later
-- sync of the same flag leaves the order in its flow. The row is deleted when the platform's state leaves
-- REFUND_REQUESTED, so that a new request, or a cancellation, stops the order again.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

CREATE TABLE oms_refund_override (
    order_id         BIGINT        NOT NULL PRIMARY KEY,
    platform_status  VARCHAR(32)   NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    CONSTRAINT fk_refund_override_order FOREIGN KEY (order_id) REFERENCES oms_order (id)
);
