package io.junction.carriers.yanwen.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The body of {@code express.order.create}: one order. Weights in grams; at most five products. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateOrder(
        @JsonProperty("channelId") String channelId,
        @JsonProperty("orderNumber") String orderNumber,
        @JsonProperty("receiverInfo") ReceiverInfo receiverInfo,
        @JsonProperty("parcelInfo") ParcelInfo parcelInfo) {

    /** The most products one order may declare. */
    public static final int MAX_PRODUCTS = 5;

    /** The recipient ({@code country}: two-letter code, UNCONFIRMED field name). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReceiverInfo(
            @JsonProperty("name") String name,
            @JsonProperty("phone") String phone,
            @JsonProperty("email") String email,
            @JsonProperty("company") String company,
            @JsonProperty("country") String country,
            @JsonProperty("state") String state,
            @JsonProperty("city") String city,
            @JsonProperty("zipCode") String zipCode,
            @JsonProperty("houseNumber") String houseNumber,
            @JsonProperty("address") String address) {}

    /** What the parcel holds; {@code hasBattery} 1 yes, 0 no. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ParcelInfo(
            @JsonProperty("hasBattery") Integer hasBattery,
            @JsonProperty("currency") String currency,
            @JsonProperty("totalPrice") BigDecimal totalPrice,
            @JsonProperty("totalQuantity") Integer totalQuantity,
            @JsonProperty("totalWeight") Integer totalWeight,
            @JsonProperty("productList") List<Product> productList) {}

    /** One customs line; {@code weight} per piece in grams. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Product(
            @JsonProperty("goodsNameCh") String goodsNameCh,
            @JsonProperty("goodsNameEn") String goodsNameEn,
            @JsonProperty("price") BigDecimal price,
            @JsonProperty("quantity") Integer quantity,
            @JsonProperty("weight") Integer weight,
            @JsonProperty("hscode") String hscode) {}
}
