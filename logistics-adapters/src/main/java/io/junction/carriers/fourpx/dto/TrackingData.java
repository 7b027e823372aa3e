package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body ({@code deliveryOrderNo} only) and the {@code data} of {@code tr.order.tracking.get}:
 * the parcel's events (UNCONFIRMED shape, camelCase as 4PX's tracking service writes it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackingData(
        @JsonProperty("deliveryOrderNo") String deliveryOrderNo,
        @JsonProperty("trackingList") List<TrackingItem> trackingList) {

    /** One event: {@code occurDatetime} local time ({@code yyyy-MM-dd HH:mm:ss}), 4PX's text and place. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrackingItem(
            @JsonProperty("businessLinkCode") String businessLinkCode,
            @JsonProperty("occurDatetime") String occurDatetime,
            @JsonProperty("occurLocation") String occurLocation,
            @JsonProperty("trackingContent") String trackingContent) {}
}
