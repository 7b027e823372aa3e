package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of FOP's estimated-cost call (method name a setting, {@code quote-method}). UNCONFIRMED:
 * CARRIERS.md does not describe it; the fields follow {@code ds.xms.order.create}'s naming (weight in
 * grams, size in cm, {@code logistics_product_code} to narrow it to products).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EstimatedCostRequest(
        @JsonProperty("country_code") String countryCode,
        @JsonProperty("post_code") String postCode,
        @JsonProperty("weight") Integer weight,
        @JsonProperty("length") Integer length,
        @JsonProperty("width") Integer width,
        @JsonProperty("height") Integer height,
        @JsonProperty("parcel_value") BigDecimal parcelValue,
        @JsonProperty("currency") String currency,
        @JsonProperty("logistics_product_code") List<String> logisticsProductCode) {}
