package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.junction.carriers.kit.CarrierJson;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The body of {@code ds.xms.order.create}: one consignment. Weights in grams (UNCONFIRMED unit). */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateOrderRequest(
        String refNo,
        String businessType,
        String dutyType,
        LogisticsServiceInfo logisticsServiceInfo,
        List<FopParcel> parcelList,
        RecipientInfo recipientInfo) {

    /** The 4PX product the consignment ships with. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LogisticsServiceInfo(String logisticsProductCode) {}

    /** One physical parcel of the consignment and what it holds. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FopParcel(
            Integer weight,
            BigDecimal parcelValue,
            String currency,
            String includeBattery,
            List<DeclaredProduct> declareProductInfo) {}

    /** One customs line. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DeclaredProduct(
            @JsonProperty("declare_product_name_cn") String nameCn,
            @JsonProperty("declare_product_name_en") String nameEn,
            @JsonProperty("declare_product_code_qty") Integer quantity,
            @JsonProperty("declare_unit_price_export") BigDecimal unitPrice,
            @JsonProperty("currency_export") String currency,
            @JsonProperty("hscode_export") String hsCode,
            Integer unitNetWeight,
            String originCountry) {}

    /** The recipient. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RecipientInfo(
            String firstName,
            String lastName,
            String company,
            String phone,
            String email,
            String postCode,
            String country,
            String state,
            String city,
            String street,
            String houseNumber) {}
}
