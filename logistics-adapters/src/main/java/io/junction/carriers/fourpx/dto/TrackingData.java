package io.junction.carriers.fourpx.dto;

import io.junction.carriers.kit.CarrierJson;
import java.util.List;

/**
 * The body ({@code deliveryOrderNo} only) and the {@code data} of {@code tr.order.tracking.get}:
 * the parcel's events (UNCONFIRMED shape, camelCase as 4PX's tracking service writes it).
 */
@CarrierJson
public record TrackingData(String deliveryOrderNo, List<TrackingItem> trackingList) {

    /** One event: {@code occurDatetime} local time ({@code yyyy-MM-dd HH:mm:ss}), 4PX's text and place. */
    @CarrierJson
    public record TrackingItem(
            String businessLinkCode, String occurDatetime, String occurLocation, String trackingContent) {}
}
