package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.junction.carriers.kit.CarrierJson;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answer to {@code WayBill/CreateOrder}: one item per order sent, each succeeding or failing alone. */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record CreateOrderAnswer(
        String code,
        String message,
        Integer resultCode,
        String resultDesc,
        @JsonProperty("Item") List<CreateOrderItem> items)
        implements YunExpressAnswer {

    /**
     * The result for one order.
     *
     * @param success 1 created, 0 failed ({@code remark} says why)
     * @param trackType 1 tracking number given, 2 pending, 3 none
     */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record CreateOrderItem(
            String customerOrderNumber,
            Integer success,
            Integer trackType,
            String remark,
            String wayBillNumber,
            String trackingNumber) {}
}
