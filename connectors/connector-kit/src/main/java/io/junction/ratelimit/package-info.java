/**
 * Call quotas shared by every node: a marketplace's usage plan ({@link io.junction.ratelimit.UsagePlan})
 * enforced per seller account and operation ({@link io.junction.ratelimit.QuotaKey}) by a
 * {@link io.junction.ratelimit.CallQuota}. Only the marketplaces' and carriers' HTTP clients acquire
 * from it (STYLE.md §9: resilience lives at the edge), so it lives in the connector kit, not in
 * sync-core, and keeps a name of no one platform family. The production
 * quota, {@link io.junction.ratelimit.DatabaseCallQuota}, keeps its Bucket4j token buckets in the
 * shared database, because a per-JVM limiter multiplies the quota by the node count.
 */
package io.junction.ratelimit;
