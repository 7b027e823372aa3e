-- A shop's sync claim names the node that holds it and since when, so that a claim whose node died
-- is taken over at once instead of waiting out its lease, and a refused run can say who holds it.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

ALTER TABLE chn_sync_state ADD COLUMN lease_holder VARCHAR(200);
ALTER TABLE chn_sync_state ADD COLUMN lease_since DATETIME(3);
