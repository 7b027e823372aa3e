package io.junction.carriers.yunexpress.dto;

import io.junction.carriers.kit.CarrierJson;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code Freight/GetPriceTrial}: the products YunExpress offers for the destination and
 * weight, each with its total freight and transit days. UNCONFIRMED: CARRIERS.md does not describe the
 * call; the shape follows the other answers (envelope {@code Code}, list {@code Items}) and YunExpress'
 * published price-trial fields.
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record PriceTrialAnswer(
        String code, String message, Integer resultCode, String resultDesc, List<PriceItem> items)
        implements YunExpressAnswer {

    /**
     * One product's price; {@code deliveryDays} as YunExpress words it ("7-15", or one figure), fees in the
     * account's currency (UNCONFIRMED: CNY, the setting {@code quote-currency}).
     */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PriceItem(
            String code,
            String cName,
            String eName,
            BigDecimal shippingFee,
            BigDecimal registrationFee,
            BigDecimal fuelFee,
            BigDecimal sundryFee,
            BigDecimal totalFee,
            String deliveryDays,
            String remark) {}
}
