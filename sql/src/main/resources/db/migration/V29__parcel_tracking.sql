-- Carrier tracking after the parcel leaves. One row per shipped package, written in the transaction that
-- ships it: the tracking poll's outbox. Relays claim due rows (FOR UPDATE SKIP LOCKED, then a lease), so
-- that two nodes never poll one parcel at once, ask the carrier outside any transaction, and settle the
-- row with what it said: its normalised status (tracking_status), when that status began, the first
-- carrier scan, and the next poll. A row stops being polled (status DONE) once its parcel is delivered or
-- returned, UNTRACKED when its carrier offers no tracking, EXPIRED when it was shipped too long ago.
-- attempts counts polls (the relay's guard on its lease), failures the unanswered ones in a row.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

CREATE TABLE lgs_parcel_tracking (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    package_id       BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    failures         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    last_error       VARCHAR(1000),
    tracking_status  VARCHAR(20),
    status_since     DATETIME(3),
    first_scan_at    DATETIME(3),
    last_polled_at   DATETIME(3),
    shipped_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uq_parcel_tracking_package UNIQUE (package_id),
    CONSTRAINT fk_parcel_tracking_order FOREIGN KEY (order_id) REFERENCES oms_order (id),
    CONSTRAINT fk_parcel_tracking_package FOREIGN KEY (package_id) REFERENCES oms_package (id)
);
CREATE INDEX ix_parcel_tracking_due ON lgs_parcel_tracking (status, next_attempt_at);
CREATE INDEX ix_parcel_tracking_status ON lgs_parcel_tracking (tracking_status, order_id);
CREATE INDEX ix_parcel_tracking_order ON lgs_parcel_tracking (order_id);
CREATE INDEX ix_parcel_tracking_shipped ON lgs_parcel_tracking (shipped_at);

-- The carrier's events of a parcel, its own text kept. event_key is the SHA-256 (hex) of the event's time,
-- location and text: the same event read again at the next poll is stored once.
CREATE TABLE lgs_tracking_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    package_id   BIGINT         NOT NULL,
    event_time   DATETIME(3)    NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    description  VARCHAR(1000)  NOT NULL,
    location     VARCHAR(200),
    event_key    CHAR(64)       NOT NULL,
    recorded_at  DATETIME(3)    NOT NULL,
    CONSTRAINT uq_tracking_event UNIQUE (package_id, event_key),
    CONSTRAINT fk_tracking_event_package FOREIGN KEY (package_id) REFERENCES oms_package (id)
);

-- Packages shipped before this migration are tracked too (those shipped long ago expire at their first turn).
INSERT INTO lgs_parcel_tracking (order_id, package_id, status, attempts, failures, next_attempt_at, shipped_at)
SELECT p.order_id, p.id, 'PENDING', 0, 0, p.shipped_at, p.shipped_at
FROM oms_package p
WHERE p.shipped_at IS NOT NULL AND (p.tracking_number IS NOT NULL OR p.carrier_waybill IS NOT NULL);
