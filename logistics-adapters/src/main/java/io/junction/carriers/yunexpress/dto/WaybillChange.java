package io.junction.carriers.yunexpress.dto;

import io.junction.carriers.kit.CarrierJson;
import java.math.BigDecimal;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code WayBill/Intercept} ({@code OrderType}, {@code OrderNumber}, {@code Remark}) and of
 * {@code WayBill/UpdateWeight} ({@code OrderNumber}, {@code Weight} in kg). UNCONFIRMED: CARRIERS.md
 * names the calls only; these fields are as a third-party YunExpress client sends them.
 *
 * @param orderType what {@code orderNumber} is: 1 YunExpress waybill, 2 customer order number, 3 tracking number
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record WaybillChange(Integer orderType, String orderNumber, String remark, BigDecimal weight) {

    /** {@code OrderType} of a YunExpress waybill number. */
    public static final int WAYBILL = 1;

    /** {@code OrderType} of a customer order number (our reference). */
    public static final int CUSTOMER_ORDER_NUMBER = 2;
}
