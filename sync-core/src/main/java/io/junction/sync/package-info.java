/**
 * Order sync: per shop, incremental by "last updated" with a watermark that moves only after the
 * orders are committed, overlapping windows, an idempotent upsert keyed by (shop, platform order
 * id) that never rolls our pipeline back, and the reactions to what changed on the platform. Payloads
 * that cannot be read go to {@link io.junction.quarantine}.
 */
package io.junction.sync;
