package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to {@code Freight/GetPriceTrial}: the products YunExpress offers for the destination and
 * weight, each with its total freight and transit days. UNCONFIRMED: CARRIERS.md does not describe the
 * call; the shape follows the other answers (envelope {@code Code}, list {@code Items}) and YunExpress'
 * published price-trial fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PriceTrialAnswer(
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("ResultCode") Integer resultCode,
        @JsonProperty("ResultDesc") String resultDesc,
        @JsonProperty("Items") List<PriceItem> items)
        implements YunExpressAnswer {

    /**
     * One product's price; {@code deliveryDays} as YunExpress words it ("7-15", or one figure), fees in the
     * account's currency (UNCONFIRMED: CNY, the setting {@code quote-currency}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriceItem(
            @JsonProperty("Code") String code,
            @JsonProperty("CName") String cName,
            @JsonProperty("EName") String eName,
            @JsonProperty("ShippingFee") BigDecimal shippingFee,
            @JsonProperty("RegistrationFee") BigDecimal registrationFee,
            @JsonProperty("FuelFee") BigDecimal fuelFee,
            @JsonProperty("SundryFee") BigDecimal sundryFee,
            @JsonProperty("TotalFee") BigDecimal totalFee,
            @JsonProperty("DeliveryDays") String deliveryDays,
            @JsonProperty("Remark") String remark) {}
}
