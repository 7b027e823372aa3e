package io.junction.sku;

import java.util.Set;

/**
 * Pairings of these platform SKUs were added or changed: orders that waited for them may move now.
 * Published after the change is committed, outside any transaction.
 */
public record PairingsChanged(Set<String> platformSkus, String actor) {}
