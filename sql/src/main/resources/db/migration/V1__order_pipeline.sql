-- Junction's own tables. MySQL dialect; the same file runs on H2 in MySQL mode.
-- Table prefixes per subdomain: chn_ channels and shops, wms_ warehouse, lgs_ logistics,
-- oms_ orders and packages, wb_ marketplace write-back, app_ users.
-- Every time column holds UTC.

CREATE TABLE chn_shop (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    platform                    VARCHAR(32)   NOT NULL,
    name                        VARCHAR(128)  NOT NULL,
    endpoint                    VARCHAR(512)  NOT NULL,
    auth_endpoint               VARCHAR(512),
    credentials_enc             TEXT          NOT NULL,
    marketplace_ids             VARCHAR(512),
    default_logistics_method_id BIGINT,
    enabled                     BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at                  DATETIME(3)   NOT NULL
);

CREATE TABLE chn_sync_state (
    shop_id          BIGINT        PRIMARY KEY,
    watermark        DATETIME(3),
    last_run_at      DATETIME(3),
    last_success_at  DATETIME(3),
    last_error       VARCHAR(1000),
    orders_seen      BIGINT        NOT NULL DEFAULT 0,
    lease_until      DATETIME(3),
    CONSTRAINT fk_sync_state_shop FOREIGN KEY (shop_id) REFERENCES chn_shop (id)
);

CREATE TABLE chn_quarantine (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    shop_id            BIGINT        NOT NULL,
    platform_order_id  VARCHAR(64),
    reason             VARCHAR(1000) NOT NULL,
    raw_payload        MEDIUMTEXT    NOT NULL,
    payload_sha256     CHAR(64)      NOT NULL,
    received_at        DATETIME(3)   NOT NULL,
    CONSTRAINT uq_quarantine_payload UNIQUE (shop_id, payload_sha256),
    CONSTRAINT fk_quarantine_shop FOREIGN KEY (shop_id) REFERENCES chn_shop (id)
);
CREATE INDEX ix_quarantine_shop ON chn_quarantine (shop_id, received_at);

CREATE TABLE wms_sku (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku               VARCHAR(64)    NOT NULL,
    name              VARCHAR(255)   NOT NULL,
    location          VARCHAR(32),
    on_hand           INT            NOT NULL DEFAULT 0,
    reserved          INT            NOT NULL DEFAULT 0,
    declared_name_en  VARCHAR(128),
    declared_name_cn  VARCHAR(128),
    declared_value    DECIMAL(12, 2),
    weight_grams      INT            NOT NULL DEFAULT 0,
    hs_code           VARCHAR(16),
    CONSTRAINT uq_sku UNIQUE (sku),
    CONSTRAINT ck_sku_stock CHECK (reserved >= 0 AND reserved <= on_hand)
);

CREATE TABLE wms_sku_barcode (
    barcode  VARCHAR(64) PRIMARY KEY,
    sku_id   BIGINT      NOT NULL,
    CONSTRAINT fk_barcode_sku FOREIGN KEY (sku_id) REFERENCES wms_sku (id)
);
CREATE INDEX ix_barcode_sku ON wms_sku_barcode (sku_id);

CREATE TABLE lgs_carrier_account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    carrier          VARCHAR(32)  NOT NULL,
    name             VARCHAR(128) NOT NULL,
    endpoint         VARCHAR(512) NOT NULL,
    credentials_enc  TEXT         NOT NULL
);

CREATE TABLE lgs_method (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                      VARCHAR(64)  NOT NULL,
    name                      VARCHAR(128) NOT NULL,
    carrier_account_id        BIGINT       NOT NULL,
    carrier_service_code      VARCHAR(64)  NOT NULL,
    marketplace_carrier_code  VARCHAR(64)  NOT NULL,
    marketplace_carrier_name  VARCHAR(128),
    CONSTRAINT uq_method_code UNIQUE (code),
    CONSTRAINT fk_method_account FOREIGN KEY (carrier_account_id) REFERENCES lgs_carrier_account (id)
);

-- How each marketplace names the carrier of a logistics method in its shipment confirmation
-- (Amazon "Yun Express", JD a numeric logistics company id, Taobao a company code, …).
CREATE TABLE lgs_marketplace_carrier (
    logistics_method_id  BIGINT       NOT NULL,
    platform             VARCHAR(32)  NOT NULL,
    carrier_code         VARCHAR(64)  NOT NULL,
    carrier_name         VARCHAR(128),
    PRIMARY KEY (logistics_method_id, platform),
    CONSTRAINT fk_marketplace_carrier_method FOREIGN KEY (logistics_method_id) REFERENCES lgs_method (id)
);

CREATE TABLE oms_order (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    shop_id              BIGINT         NOT NULL,
    platform             VARCHAR(32)    NOT NULL,
    platform_order_id    VARCHAR(64)    NOT NULL,
    platform_status      VARCHAR(32)    NOT NULL,
    status               VARCHAR(32)    NOT NULL,
    held_from_status     VARCHAR(32),
    status_reason        VARCHAR(500),
    write_back_status    VARCHAR(16),
    marketplace_id       VARCHAR(32),
    buyer_name           VARCHAR(255),
    buyer_note           VARCHAR(1000),
    ship_name            VARCHAR(255),
    ship_company         VARCHAR(255),
    ship_line1           VARCHAR(255),
    ship_line2           VARCHAR(255),
    ship_city            VARCHAR(128),
    ship_state           VARCHAR(128),
    ship_postal_code     VARCHAR(32),
    ship_country         VARCHAR(2),
    ship_phone           VARCHAR(64),
    currency             VARCHAR(3),
    order_total          DECIMAL(14, 2),
    ship_by              DATETIME(3),
    logistics_method_id  BIGINT,
    platform_created_at  DATETIME(3)    NOT NULL,
    platform_updated_at  DATETIME(3)    NOT NULL,
    created_at           DATETIME(3)    NOT NULL,
    updated_at           DATETIME(3)    NOT NULL,
    version              INT            NOT NULL DEFAULT 0,
    CONSTRAINT uq_order_platform_id UNIQUE (shop_id, platform_order_id),
    CONSTRAINT fk_order_shop FOREIGN KEY (shop_id) REFERENCES chn_shop (id)
);
CREATE INDEX ix_order_status ON oms_order (status, shop_id);

CREATE TABLE oms_order_line (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id          BIGINT         NOT NULL,
    platform_line_id  VARCHAR(64)    NOT NULL,
    platform_sku      VARCHAR(128)   NOT NULL,
    title             VARCHAR(500),
    quantity          INT            NOT NULL,
    unit_price        DECIMAL(14, 2),
    sku_id            BIGINT,
    reserved          BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_order_line UNIQUE (order_id, platform_line_id),
    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES oms_order (id),
    CONSTRAINT fk_line_sku FOREIGN KEY (sku_id) REFERENCES wms_sku (id)
);

CREATE TABLE oms_order_history (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT        NOT NULL,
    from_status  VARCHAR(32),
    to_status    VARCHAR(32)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    reason       VARCHAR(500),
    occurred_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_history_order FOREIGN KEY (order_id) REFERENCES oms_order (id)
);
CREATE INDEX ix_history_order ON oms_order_history (order_id, id);

-- A package is what a carrier carries: our reference (package_no) is sent as the carrier's
-- customer order number, so a lost answer is resolved by looking the parcel up by it.
CREATE TABLE oms_package (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id             BIGINT        NOT NULL,
    package_no           VARCHAR(32)   NOT NULL,
    logistics_method_id  BIGINT        NOT NULL,
    weight_grams         INT           NOT NULL,
    preadvice_status     VARCHAR(16)   NOT NULL,
    preadvice_attempts   INT           NOT NULL DEFAULT 0,
    preadvice_claimed_at DATETIME(3),
    preadvice_error      VARCHAR(500),
    tracking_number      VARCHAR(64),
    carrier_waybill      VARCHAR(64),
    print_count          INT           NOT NULL DEFAULT 0,
    shipped_at           DATETIME(3),
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_package_no UNIQUE (package_no),
    CONSTRAINT fk_package_order FOREIGN KEY (order_id) REFERENCES oms_order (id),
    CONSTRAINT fk_package_method FOREIGN KEY (logistics_method_id) REFERENCES lgs_method (id)
);
CREATE INDEX ix_package_order ON oms_package (order_id);
CREATE INDEX ix_package_tracking ON oms_package (tracking_number);

CREATE TABLE oms_package_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    package_id     BIGINT  NOT NULL,
    order_line_id  BIGINT  NOT NULL,
    sku_id         BIGINT  NOT NULL,
    quantity       INT     NOT NULL,
    scanned        INT     NOT NULL DEFAULT 0,
    CONSTRAINT fk_package_line_package FOREIGN KEY (package_id) REFERENCES oms_package (id),
    CONSTRAINT fk_package_line_order_line FOREIGN KEY (order_line_id) REFERENCES oms_order_line (id),
    CONSTRAINT ck_package_line_scanned CHECK (scanned >= 0 AND scanned <= quantity)
);
CREATE INDEX ix_package_line_package ON oms_package_line (package_id);

-- One row per shipped package, written in the transaction that ships it; workers claim due rows.
CREATE TABLE wb_outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    package_id       BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    last_error       VARCHAR(1000),
    created_at       DATETIME(3)   NOT NULL,
    confirmed_at     DATETIME(3),
    CONSTRAINT uq_outbox_package UNIQUE (package_id),
    CONSTRAINT fk_outbox_order FOREIGN KEY (order_id) REFERENCES oms_order (id),
    CONSTRAINT fk_outbox_package FOREIGN KEY (package_id) REFERENCES oms_package (id)
);
CREATE INDEX ix_outbox_due ON wb_outbox (status, next_attempt_at);

CREATE TABLE app_user (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(64)   NOT NULL,
    password_hash  VARCHAR(255)  NOT NULL,
    role           VARCHAR(16)   NOT NULL,
    enabled        BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_user_name UNIQUE (username)
);
