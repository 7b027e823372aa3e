package io.junction.manualtracking;

/**
 * One tracking number to enter.
 *
 * @param row the sheet's row number (0 outside a sheet)
 * @param orderId the order, when known by id (the order page, the API); null when named by {@code platformOrderId}
 * @param platformOrderId the marketplace's order number, as a sheet names the order
 * @param packageNo the package, needed only when the order waits for more than one tracking number
 */
public record ManualTracking(int row, Long orderId, String platformOrderId, String packageNo, String trackingNumber) {

    /** The order named by its Junction id, as the order page and the API do. */
    public static ManualTracking forOrder(long orderId, String packageNo, String trackingNumber) {
        return new ManualTracking(0, orderId, null, packageNo, trackingNumber);
    }

    /** How a refusal names the order. */
    String orderName() {
        return orderId != null ? String.valueOf(orderId) : String.valueOf(platformOrderId);
    }
}
