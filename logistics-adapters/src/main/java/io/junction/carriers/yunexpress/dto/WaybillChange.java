package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of {@code WayBill/Intercept} ({@code OrderType}, {@code OrderNumber}, {@code Remark}) and of
 * {@code WayBill/UpdateWeight} ({@code OrderNumber}, {@code Weight} in kg). UNCONFIRMED: CARRIERS.md
 * names the calls only; these fields are as a third-party YunExpress client sends them.
 *
 * @param orderType what {@code orderNumber} is: 1 YunExpress waybill, 2 customer order number, 3 tracking number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaybillChange(
        @JsonProperty("OrderType") Integer orderType,
        @JsonProperty("OrderNumber") String orderNumber,
        @JsonProperty("Remark") String remark,
        @JsonProperty("Weight") BigDecimal weight) {

    /** {@code OrderType} of a YunExpress waybill number. */
    public static final int WAYBILL = 1;

    /** {@code OrderType} of a customer order number (our reference). */
    public static final int CUSTOMER_ORDER_NUMBER = 2;
}
