package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to {@code WayBill/Delete}: one item per order number sent, each deleted or refused
 * alone. UNCONFIRMED: CARRIERS.md names the call but not its shapes; this one is modelled on
 * CreateOrder's answer (envelope {@code Code}/{@code Message}, {@code Item[]} with {@code Success}
 * and {@code Remark}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteAnswer(
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("ResultCode") Integer resultCode,
        @JsonProperty("ResultDesc") String resultDesc,
        @JsonProperty("Item") List<DeleteItem> items)
        implements YunExpressAnswer {

    /**
     * The result for one order number.
     *
     * @param orderNumber the number as sent (waybill or customer order number)
     * @param success 1 deleted, 0 refused ({@code remark} says why)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeleteItem(
            @JsonProperty("OrderNumber") String orderNumber,
            @JsonProperty("Success") Integer success,
            @JsonProperty("Remark") String remark) {}
}
