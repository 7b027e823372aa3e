package io.junction.shop;

import java.util.Set;

/**
 * The shops whose orders, packages and quarantined payloads the caller may see and act on. The web
 * application scopes each request to the signed-in person's shop grants; work with no person behind
 * it (schedules, the write-back relay) sees every shop. Whatever lies outside the scope answers as
 * if it did not exist.
 */
public interface ShopScope {

    /** Every shop: for work that no person asked for, and for tests. */
    ShopScope ALL = () -> null;

    /** The ids of the shops in scope, or null when every shop is. */
    Set<Long> shopIds();

    /** Whether the shop is in scope. */
    default boolean includes(long shopId) {
        Set<Long> ids = shopIds();
        return ids == null || ids.contains(shopId);
    }
}
