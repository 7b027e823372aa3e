package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to {@code Waybill/GetTrackingNumber}: the orders found by customer order number, none when unknown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackingNumberAnswer(
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("ResultCode") Integer resultCode,
        @JsonProperty("ResultDesc") String resultDesc,
        @JsonProperty("Items") List<TrackingNumberItem> items)
        implements YunExpressAnswer {

    /** One order found; {@code status} as in {@link io.junction.carriers.yunexpress.YunExpressStatus}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrackingNumberItem(
            @JsonProperty("CustomerOrderNumber") String customerOrderNumber,
            @JsonProperty("TrackingNumber") String trackingNumber,
            @JsonProperty("WayBillNumber") String wayBillNumber,
            @JsonProperty("Status") Integer status,
            @JsonProperty("Remark") String remark) {}
}
