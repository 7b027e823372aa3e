package io.junction.shop;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.ToLongFunction;

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

    /**
     * The row, when there is one and its shop is in scope.
     *
     * @param shopOf the row's shop
     * @throws NoSuchElementException saying {@code missing} otherwise
     */
    default <T> T require(T row, ToLongFunction<T> shopOf, String missing) {
        if (row == null || !includes(shopOf.applyAsLong(row))) {
            throw new NoSuchElementException(missing);
        }
        return row;
    }
}
