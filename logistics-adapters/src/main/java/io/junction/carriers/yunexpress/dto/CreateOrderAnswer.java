package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to {@code WayBill/CreateOrder}: one item per order sent, each succeeding or failing alone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateOrderAnswer(
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("ResultCode") Integer resultCode,
        @JsonProperty("ResultDesc") String resultDesc,
        @JsonProperty("Item") List<CreateOrderItem> items)
        implements YunExpressAnswer {

    /**
     * The result for one order.
     *
     * @param success 1 created, 0 failed ({@code remark} says why)
     * @param trackType 1 tracking number given, 2 pending, 3 none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreateOrderItem(
            @JsonProperty("CustomerOrderNumber") String customerOrderNumber,
            @JsonProperty("Success") Integer success,
            @JsonProperty("TrackType") Integer trackType,
            @JsonProperty("Remark") String remark,
            @JsonProperty("WayBillNumber") String wayBillNumber,
            @JsonProperty("TrackingNumber") String trackingNumber) {}
}
