package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One product's estimated cost in FOP's answer ({@code data}, a list). UNCONFIRMED shape, as the request's:
 * {@code total_amount} and {@code currency}, {@code lead_time} in days ("5-9"), or {@code error_msg} when
 * the product cannot carry the parcel.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EstimatedCost(
        @JsonProperty("logistics_product_code") String logisticsProductCode,
        @JsonProperty("logistics_product_name") String logisticsProductName,
        @JsonProperty("total_amount") BigDecimal totalAmount,
        @JsonProperty("currency") String currency,
        @JsonProperty("lead_time") String leadTime,
        @JsonProperty("error_msg") String errorMsg) {}
