package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.junction.carriers.kit.CarrierJson;
import java.math.BigDecimal;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One customs line ({@code Parcels[]} in YunExpress' words). {@code UnitWeight} in kg. */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record DeclaredItem(
        String eName,
        String cName,
        @JsonProperty("HSCode") String hsCode,
        Integer quantity,
        BigDecimal unitPrice,
        BigDecimal unitWeight,
        String currencyCode,
        @JsonProperty("SKU") String sku) {}
