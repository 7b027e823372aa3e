package io.junction.carriers.yunexpress.dto;

import io.junction.carriers.kit.CarrierJson;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code WayBill/Intercept} and {@code WayBill/UpdateWeight}. UNCONFIRMED: modelled on
 * the other answers: the envelope's {@code Code} says whether the call was accepted, and an {@code Item}
 * with {@code Success} (or {@code Result}) 0 and a {@code Remark} refuses this order.
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ChangeAnswer(String code, String message, Integer resultCode, String resultDesc, ChangeItem item)
        implements YunExpressAnswer {

    /** The outcome for the order: 1 done, 0 refused ({@code remark} says why). */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ChangeItem(String orderNumber, Integer success, Integer result, String remark) {

        /** 1 done, 0 refused, null when the item says neither. */
        public Integer outcome() {
            return success != null ? success : result;
        }
    }
}
