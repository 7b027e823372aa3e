package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to {@code Tracking/GetTrackInfo}: the parcel's state and its events. {@code Item} is
 * read whether YunExpress sends one object or a list of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackInfoAnswer(
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("ResultCode") Integer resultCode,
        @JsonProperty("ResultDesc") String resultDesc,

        @JsonProperty("Item") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<TrackInfo> items)
        implements YunExpressAnswer {

    /**
     * One parcel's tracking; {@code packageState} as in {@link io.junction.carriers.yunexpress.YunExpressPackageState}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrackInfo(
            @JsonProperty("CustomerOrderNumber") String customerOrderNumber,
            @JsonProperty("WaybillNumber") String waybillNumber,
            @JsonProperty("TrackingNumber") String trackingNumber,
            @JsonProperty("PackageState") Integer packageState,
            @JsonProperty("OrderTrackingDetails") List<TrackingDetail> orderTrackingDetails) {}

    /** One event: YunExpress' local time, text and place. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrackingDetail(
            @JsonProperty("ProcessDate") String processDate,
            @JsonProperty("ProcessContent") String processContent,
            @JsonProperty("ProcessLocation") String processLocation) {}
}
