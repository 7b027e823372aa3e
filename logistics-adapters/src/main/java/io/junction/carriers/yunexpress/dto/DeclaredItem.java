package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One customs line ({@code Parcels[]} in YunExpress' words). {@code UnitWeight} in kg. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeclaredItem(
        @JsonProperty("EName") String eName,
        @JsonProperty("CName") String cName,
        @JsonProperty("HSCode") String hsCode,
        @JsonProperty("Quantity") Integer quantity,
        @JsonProperty("UnitPrice") BigDecimal unitPrice,
        @JsonProperty("UnitWeight") BigDecimal unitWeight,
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("SKU") String sku) {}
