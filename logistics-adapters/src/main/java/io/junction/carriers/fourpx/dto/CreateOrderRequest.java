package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The body of {@code ds.xms.order.create}: one consignment. Weights in grams (UNCONFIRMED unit). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateOrderRequest(
        @JsonProperty("ref_no") String refNo,
        @JsonProperty("business_type") String businessType,
        @JsonProperty("duty_type") String dutyType,
        @JsonProperty("logistics_service_info") LogisticsServiceInfo logisticsServiceInfo,
        @JsonProperty("parcel_list") List<FopParcel> parcelList,
        @JsonProperty("recipient_info") RecipientInfo recipientInfo) {

    /** The 4PX product the consignment ships with. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LogisticsServiceInfo(
            @JsonProperty("logistics_product_code") String logisticsProductCode) {}

    /** One physical parcel of the consignment and what it holds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FopParcel(
            @JsonProperty("weight") Integer weight,
            @JsonProperty("parcel_value") BigDecimal parcelValue,
            @JsonProperty("currency") String currency,
            @JsonProperty("include_battery") String includeBattery,
            @JsonProperty("declare_product_info") List<DeclaredProduct> declareProductInfo) {}

    /** One customs line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeclaredProduct(
            @JsonProperty("declare_product_name_cn") String nameCn,
            @JsonProperty("declare_product_name_en") String nameEn,
            @JsonProperty("declare_product_code_qty") Integer quantity,
            @JsonProperty("declare_unit_price_export") BigDecimal unitPrice,
            @JsonProperty("currency_export") String currency,
            @JsonProperty("hscode_export") String hsCode,
            @JsonProperty("unit_net_weight") Integer unitNetWeight,
            @JsonProperty("origin_country") String originCountry) {}

    /** The recipient. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecipientInfo(
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            @JsonProperty("company") String company,
            @JsonProperty("phone") String phone,
            @JsonProperty("email") String email,
            @JsonProperty("post_code") String postCode,
            @JsonProperty("country") String country,
            @JsonProperty("state") String state,
            @JsonProperty("city") String city,
            @JsonProperty("street") String street,
            @JsonProperty("house_number") String houseNumber) {}
}
