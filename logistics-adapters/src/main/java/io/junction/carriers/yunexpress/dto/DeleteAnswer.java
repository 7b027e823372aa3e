package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.junction.carriers.kit.CarrierJson;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code WayBill/Delete}: one item per order number sent, each deleted or refused
 * alone. UNCONFIRMED: CARRIERS.md names the call but not its shapes; this one is modelled on
 * CreateOrder's answer (envelope {@code Code}/{@code Message}, {@code Item[]} with {@code Success}
 * and {@code Remark}).
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record DeleteAnswer(
        String code,
        String message,
        Integer resultCode,
        String resultDesc,
        @JsonProperty("Item") List<DeleteItem> items)
        implements YunExpressAnswer {

    /**
     * The result for one order number.
     *
     * @param orderNumber the number as sent (waybill or customer order number)
     * @param success 1 deleted, 0 refused ({@code remark} says why)
     */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record DeleteItem(String orderNumber, Integer success, String remark) {}
}
