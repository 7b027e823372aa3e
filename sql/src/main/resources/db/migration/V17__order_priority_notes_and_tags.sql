-- The order workbench's own facts about an order, beside the platform's: a priority that puts urgent
-- orders first in every tab, the seller's note (卖家备注) and free tags. None of them is the platform's.
ALTER TABLE oms_order ADD COLUMN priority INT DEFAULT 0 NOT NULL;
ALTER TABLE oms_order ADD COLUMN seller_note VARCHAR(1000);

CREATE TABLE oms_order_tag (
    order_id BIGINT      NOT NULL,
    tag      VARCHAR(64) NOT NULL,
    PRIMARY KEY (order_id, tag),
    CONSTRAINT fk_order_tag_order FOREIGN KEY (order_id) REFERENCES oms_order (id)
);
CREATE INDEX ix_order_tag_tag ON oms_order_tag (tag, order_id);
