-- Beside the Quartz tables it changes (db/vendor/h2 and db/vendor/mysql hold the same statements).
-- The Quartz classes that only launch a shop's sync or back-fill are named as triggers now
-- (ShopSyncTrigger, ShopBackfillTrigger), so that "shop sync job" means the Spring Batch job alone.
-- Job details Quartz stored under the old names load under the new ones.
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'io.junction.sync.ShopSyncTrigger'
WHERE JOB_CLASS_NAME = 'io.junction.sync.ShopSyncJob';

UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'io.junction.sync.ShopBackfillTrigger'
WHERE JOB_CLASS_NAME = 'io.junction.sync.ShopBackfillJob';
