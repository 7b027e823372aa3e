/** Audit (审核): a person or a rule reviews synced orders and releases them to allocation. */
package io.junction.audit;
