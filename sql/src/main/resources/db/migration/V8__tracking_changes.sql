-- A tracking number changed after the marketplace was told the first one (AliExpress allows it
-- within limits: so many changes, so many days after the first declaration). Each change is kept:
-- PENDING from the moment it is decided (before the marketplace is asked, so an unanswered call is
-- resent, never forgotten), then CONFIRMED or FAILED with the marketplace's reason. sending_since
-- marks an attempt waiting for the marketplace's answer, so that it is not sent twice at once.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

CREATE TABLE wb_tracking_change (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id             BIGINT        NOT NULL,
    package_id           BIGINT        NOT NULL,
    carrier_code         VARCHAR(64)   NOT NULL,
    old_tracking_number  VARCHAR(64)   NOT NULL,
    new_tracking_number  VARCHAR(64)   NOT NULL,
    reason               VARCHAR(500)  NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    attempts             INT           NOT NULL DEFAULT 0,
    sending_since        DATETIME(3),
    last_error           VARCHAR(1000),
    requested_by         VARCHAR(64)   NOT NULL,
    requested_at         DATETIME(3)   NOT NULL,
    settled_at           DATETIME(3),
    CONSTRAINT fk_tracking_change_order FOREIGN KEY (order_id) REFERENCES oms_order (id),
    CONSTRAINT fk_tracking_change_package FOREIGN KEY (package_id) REFERENCES oms_package (id)
);
CREATE INDEX ix_tracking_change_package ON wb_tracking_change (package_id, status);
