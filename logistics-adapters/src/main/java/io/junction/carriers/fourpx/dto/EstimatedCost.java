package io.junction.carriers.fourpx.dto;

import io.junction.carriers.kit.CarrierJson;
import java.math.BigDecimal;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One product's estimated cost in FOP's answer ({@code data}, a list). UNCONFIRMED shape, as the request's:
 * {@code total_amount} and {@code currency}, {@code lead_time} in days ("5-9"), or {@code error_msg} when
 * the product cannot carry the parcel.
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EstimatedCost(
        String logisticsProductCode,
        String logisticsProductName,
        BigDecimal totalAmount,
        String currency,
        String leadTime,
        String errorMsg) {}
