package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code WayBill/Intercept} and {@code WayBill/UpdateWeight}. UNCONFIRMED: modelled on
 * the other answers: the envelope's {@code Code} says whether the call was accepted, and an {@code Item}
 * with {@code Success} (or {@code Result}) 0 and a {@code Remark} refuses this order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangeAnswer(
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("ResultCode") Integer resultCode,
        @JsonProperty("ResultDesc") String resultDesc,
        @JsonProperty("Item") ChangeItem item)
        implements YunExpressAnswer {

    /** The outcome for the order: 1 done, 0 refused ({@code remark} says why). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChangeItem(
            @JsonProperty("OrderNumber") String orderNumber,
            @JsonProperty("Success") Integer success,
            @JsonProperty("Result") Integer result,
            @JsonProperty("Remark") String remark) {

        /** 1 done, 0 refused, null when the item says neither. */
        public Integer outcome() {
            return success != null ? success : result;
        }
    }
}
