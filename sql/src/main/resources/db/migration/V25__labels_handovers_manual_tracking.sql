-- Issue 7: carrier labels kept once fetched, Junction's own label as a method's choice, hand-over batches (交接)
-- and tracking numbers entered by hand (a package whose preadvice_status is 'MANUAL').

-- A carrier's label as first fetched, for the tracking number it was fetched for: a reprint or a batch reads it
-- here and never calls the carrier again (a new tracking number fetches anew).
CREATE TABLE lgs_label (
    package_id       BIGINT        PRIMARY KEY,
    tracking_number  VARCHAR(64)   NOT NULL,
    content          LONGBLOB      NOT NULL,
    fetched_at       DATETIME(3)   NOT NULL,
    CONSTRAINT fk_label_package FOREIGN KEY (package_id) REFERENCES oms_package (id)
);

-- Whose label a method's parcels carry: CARRIER (fetched from the carrier) or JUNCTION (drawn by Junction,
-- 100 × 100 mm, for carriers that print none).
ALTER TABLE lgs_method ADD COLUMN label_source VARCHAR(16) NOT NULL DEFAULT 'CARRIER';

-- A hand-over batch: the parcels of one carrier scanned at the station before the carrier's driver takes them,
-- OPEN while scanning, CLOSED once its manifest is printed.
CREATE TABLE lgs_handover (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    carrier     VARCHAR(32)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    opened_by   VARCHAR(64)   NOT NULL,
    opened_at   DATETIME(3)   NOT NULL,
    closed_by   VARCHAR(64),
    closed_at   DATETIME(3),
    version     INT           NOT NULL DEFAULT 0
);
CREATE INDEX ix_handover_status ON lgs_handover (status, carrier);

-- A parcel is in one hand-over batch at most: the primary key refuses a second.
CREATE TABLE lgs_handover_parcel (
    package_id   BIGINT        PRIMARY KEY,
    handover_id  BIGINT        NOT NULL,
    scanned_by   VARCHAR(64)   NOT NULL,
    scanned_at   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_handover_parcel_package FOREIGN KEY (package_id) REFERENCES oms_package (id),
    CONSTRAINT fk_handover_parcel_batch FOREIGN KEY (handover_id) REFERENCES lgs_handover (id)
);
CREATE INDEX ix_handover_parcel_batch ON lgs_handover_parcel (handover_id, scanned_at);
CREATE INDEX ix_package_shipped ON oms_package (shipped_at);
