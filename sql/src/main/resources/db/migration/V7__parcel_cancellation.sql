-- Carrier pre-advice cancellation: when an order is stopped (cancelled on the platform or by a
-- person, or intercepted after audit), each package whose carrier parcel exists or may exist gets
-- one row here, written in the transaction that stops the order; relays claim due rows
-- (FOR UPDATE SKIP LOCKED, then a lease), resolve an uncertain parcel by looking it up by our
-- reference, and cancel it at the carrier outside any transaction. One row per package: a parcel
-- is cancelled at most once. The package's pre-advice status says CANCELLING until it settles.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

CREATE TABLE lgs_parcel_cancellation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    package_id       BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    last_error       VARCHAR(1000),
    tracking_number  VARCHAR(64),
    carrier_waybill  VARCHAR(64),
    created_at       DATETIME(3)   NOT NULL,
    settled_at       DATETIME(3),
    CONSTRAINT uq_parcel_cancellation_package UNIQUE (package_id),
    CONSTRAINT fk_parcel_cancellation_order FOREIGN KEY (order_id) REFERENCES oms_order (id),
    CONSTRAINT fk_parcel_cancellation_package FOREIGN KEY (package_id) REFERENCES oms_package (id)
);
CREATE INDEX ix_parcel_cancellation_due ON lgs_parcel_cancellation (status, next_attempt_at);
CREATE INDEX ix_parcel_cancellation_order ON lgs_parcel_cancellation (order_id);
