package io.junction.carriers.yunexpress.dto;

import io.junction.carriers.kit.CarrierJson;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answer to {@code Waybill/GetTrackingNumber}: the orders found by customer order number, none when unknown. */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record TrackingNumberAnswer(
        String code, String message, Integer resultCode, String resultDesc, List<TrackingNumberItem> items)
        implements YunExpressAnswer {

    /** One order found; {@code status} as in {@link io.junction.carriers.yunexpress.YunExpressStatus}. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TrackingNumberItem(
            String customerOrderNumber, String trackingNumber, String wayBillNumber, Integer status, String remark) {}
}
