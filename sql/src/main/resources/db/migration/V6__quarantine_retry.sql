-- A quarantined order is retried once its cause is fixed (read again from its platform), or
-- dismissed by a person. It stays on record either way: OPEN until then, RESOLVED once it became an
-- order (by a retry or because a later sync brought a readable version), DISMISSED with who and why.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

ALTER TABLE chn_quarantine ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'OPEN';
ALTER TABLE chn_quarantine ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE chn_quarantine ADD COLUMN last_attempt_at DATETIME(3);
ALTER TABLE chn_quarantine ADD COLUMN outcome VARCHAR(1000);
ALTER TABLE chn_quarantine ADD COLUMN order_id BIGINT;
ALTER TABLE chn_quarantine ADD COLUMN settled_by VARCHAR(64);
ALTER TABLE chn_quarantine ADD COLUMN settled_at DATETIME(3);
CREATE INDEX ix_quarantine_order ON chn_quarantine (shop_id, platform_order_id, status);
CREATE INDEX ix_quarantine_status ON chn_quarantine (shop_id, status);
