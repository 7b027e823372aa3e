-- The platform's state of an order as Junction reads it (UNPAID, READY_TO_SHIP, SHIPPED, CANCELLED,
-- REFUND_REQUESTED) beside the platform's own status word, so that a person can be stopped from
-- sending an order the platform cancelled back into the flow. NULL for orders synced before.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

ALTER TABLE oms_order ADD COLUMN platform_state VARCHAR(24);
