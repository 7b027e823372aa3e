-- Shops at production depth: a shop's name is unique on its platform, and each shop's sync keeps
-- enough of its last failure to show its health (when it last failed, and whether the platform
-- throttled it). MySQL dialect; the same file runs on H2 in MySQL mode.

ALTER TABLE chn_shop ADD CONSTRAINT uq_shop_platform_name UNIQUE (platform, name);

ALTER TABLE chn_sync_state ADD COLUMN last_failure_at DATETIME(3);
ALTER TABLE chn_sync_state ADD COLUMN throttled BOOLEAN NOT NULL DEFAULT FALSE;
