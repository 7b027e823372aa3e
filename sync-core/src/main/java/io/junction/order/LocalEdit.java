package io.junction.order;

import java.time.Instant;

/**
 * A field of an order a person changed by hand. A platform sync leaves the field as edited; when the
 * platform changes it meanwhile, the edit is flagged for a person ({@code platformChanged}) with the
 * platform's new value beside ours, never silently overwritten.
 *
 * @param field the ship-to field, named as {@link io.junction.channel.Address}'s components are
 * @param platformValue the platform's value when the field was edited, or as a person last accepted it
 * @param platformChanged whether the platform has since sent another value than {@code platformValue}
 * @param platformChangedTo that value (null when the platform cleared the field or nothing changed)
 */
public record LocalEdit(
        long orderId,
        String field,
        String platformValue,
        boolean platformChanged,
        String platformChangedTo,
        Instant platformChangedAt,
        String editedBy,
        Instant editedAt) {}
