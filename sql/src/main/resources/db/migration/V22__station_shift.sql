-- Issue 13, the station: a packing station that carries a whole shift.

-- API tokens for handheld apps (one per device): only the SHA-256 of the token is kept, so a token is
-- checked with one indexed read and no password hashing. A token ends at expires_at, or when revoked.
CREATE TABLE app_api_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT        NOT NULL,
    device        VARCHAR(64)   NOT NULL,
    token_hash    CHAR(64)      NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    expires_at    DATETIME(3)   NOT NULL,
    revoked_at    DATETIME(3),
    revoked_by    VARCHAR(64),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_api_token_user ON app_api_token (user_id);

-- A station's settings, one row per station name; the row named 'default' serves every station
-- without its own. Tolerance: the larger of the grams and the percentage of the expected weight.
CREATE TABLE wms_station (
    station_name           VARCHAR(64)   PRIMARY KEY,
    weighing_required      BOOLEAN       NOT NULL DEFAULT FALSE,
    weight_tolerance_grams INT           NOT NULL DEFAULT 50,
    weight_tolerance_pct   INT           NOT NULL DEFAULT 10,
    qc_required            BOOLEAN       NOT NULL DEFAULT FALSE,
    one_scan_ship          BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_by             VARCHAR(64)   NOT NULL,
    updated_at             DATETIME(3)   NOT NULL
);
INSERT INTO wms_station (station_name, updated_by, updated_at) VALUES ('default', 'system', CURRENT_TIMESTAMP(3));

-- Every scan at a station, accepted or not (outcome: ScanOutcome's name, refusal: ScanRefusal's name).
-- An item scan names its package line, so that it can be undone; undone_at marks it undone.
CREATE TABLE wms_scan_log (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    station_name     VARCHAR(64)   NOT NULL,
    operator         VARCHAR(64)   NOT NULL,
    package_id       BIGINT,
    package_line_id  BIGINT,
    barcode          VARCHAR(128),
    outcome          VARCHAR(24)   NOT NULL,
    refusal          VARCHAR(32),
    note             VARCHAR(500),
    occurred_at      DATETIME(3)   NOT NULL,
    undone_at        DATETIME(3)
);
CREATE INDEX ix_scan_log_package ON wms_scan_log (package_id, id);
CREATE INDEX ix_scan_log_time ON wms_scan_log (occurred_at, operator);

-- The weight measured at the station, who weighed it, and the packer's reason when it was outside the
-- tolerance and shipped all the same.
ALTER TABLE oms_package ADD COLUMN measured_weight_grams INT;
ALTER TABLE oms_package ADD COLUMN weighed_by VARCHAR(64);
ALTER TABLE oms_package ADD COLUMN weighed_at DATETIME(3);
ALTER TABLE oms_package ADD COLUMN weight_override_reason VARCHAR(500);

-- What the packer must know about a product (battery, liquid and magnetic are in the catalogue already).
ALTER TABLE wms_sku ADD COLUMN fragile BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE wms_sku ADD COLUMN packing_instruction VARCHAR(500);
