/**
 * Order sync: per shop, incremental by "last updated" with a watermark that moves only after the
 * orders are committed, overlapping windows, an idempotent upsert keyed by (shop, platform order
 * id) that never rolls our pipeline back, and a quarantine for payloads that cannot be read.
 */
package io.junction.sync;
