package io.junction.label;

import java.util.List;

/**
 * Which labels to print and in what order.
 *
 * @param orderIds the orders, in the order they are shown on screen
 * @param sort the order of the labels; {@link LabelSort#CARRIER} when null
 * @param carrier only the parcels of this carrier (e.g. {@code YUNEXPRESS}); all when null
 * @param methodCode only the parcels of this logistics method; all when null
 */
public record LabelSelection(List<Long> orderIds, LabelSort sort, String carrier, String methodCode) {

    public LabelSelection {
        orderIds = List.copyOf(orderIds);
        sort = sort == null ? LabelSort.CARRIER : sort;
    }

    /** All the orders' labels, grouped by carrier. */
    public static LabelSelection of(List<Long> orderIds) {
        return new LabelSelection(orderIds, LabelSort.CARRIER, null, null);
    }
}
