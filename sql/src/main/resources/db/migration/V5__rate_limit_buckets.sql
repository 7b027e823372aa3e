-- Rate limits shared by every node: one Bucket4j token bucket per platform, operation and seller
-- account (id "AMAZON/searchOrders/<fingerprint>"), its state serialized by Bucket4j. Nodes take
-- calls under SELECT ... FOR UPDATE on the row. MySQL dialect; the same file runs on H2 in MySQL mode.

CREATE TABLE chn_rate_limit_bucket (
    id    VARCHAR(255) NOT NULL,
    state BLOB,
    PRIMARY KEY (id)
);
