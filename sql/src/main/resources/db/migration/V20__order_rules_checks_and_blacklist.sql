-- Rules that do the routine (审单规则, 物流规则): conditions and actions as JSON, read and written only by
-- io.junction.rules (the conditions are evaluated in Java, never in SQL). The name is the history's actor
-- ("rule: <name>"), which oms_order_history.actor holds in 64 characters.
CREATE TABLE rul_rule (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(58)   NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    priority         INT           NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    conditions_json  TEXT          NOT NULL,
    actions_json     TEXT          NOT NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uq_rule_name UNIQUE (name)
);

-- Which rules matched an order the last time the rules ran on it (shown on the order page).
-- rule_name is kept as it was then, so a deleted or renamed rule still reads.
CREATE TABLE oms_order_rule_match (
    order_id    BIGINT       NOT NULL,
    rule_id     BIGINT       NOT NULL,
    rule_name   VARCHAR(58)  NOT NULL,
    rule_kind   VARCHAR(16)  NOT NULL,
    matched_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (order_id, rule_id),
    CONSTRAINT fk_rule_match_order FOREIGN KEY (order_id) REFERENCES oms_order (id)
);

-- Buyers, addresses, e-mails and phones whose orders are held for a person. value is normalised
-- (upper case, spaces collapsed; a phone's digits only) so that the check compares like with like.
CREATE TABLE rul_blacklist (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(16)   NOT NULL,
    entry_value VARCHAR(255)  NOT NULL,
    note        VARCHAR(255),
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uq_blacklist_entry UNIQUE (kind, entry_value)
);

-- The duplicate check looks for the same shop and buyer among recent orders.
CREATE INDEX ix_order_shop_buyer ON oms_order (shop_id, buyer_name, platform_created_at);
