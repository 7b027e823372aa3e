package io.junction.carriers.fourpx.dto;

import io.junction.carriers.kit.CarrierJson;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of FOP's estimated-cost call (method name a setting, {@code quote-method}). UNCONFIRMED:
 * CARRIERS.md does not describe it; the fields follow {@code ds.xms.order.create}'s naming (weight in
 * grams, size in cm, {@code logistics_product_code} to narrow it to products).
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EstimatedCostRequest(
        String countryCode,
        String postCode,
        Integer weight,
        Integer length,
        Integer width,
        Integer height,
        BigDecimal parcelValue,
        String currency,
        List<String> logisticsProductCode) {}
