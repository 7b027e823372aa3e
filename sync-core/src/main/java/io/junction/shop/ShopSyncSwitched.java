package io.junction.shop;

/**
 * A shop was added, enabled or disabled: whether it syncs may have changed. Published in the
 * transaction that changed it; the sync schedule follows once that transaction commits.
 *
 * @param shop the shop as it was stored
 */
public record ShopSyncSwitched(Shop shop) {}
