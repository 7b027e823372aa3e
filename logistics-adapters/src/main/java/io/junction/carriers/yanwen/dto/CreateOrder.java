package io.junction.carriers.yanwen.dto;

import io.junction.carriers.kit.CarrierJson;
import java.math.BigDecimal;
import java.util.List;

/** The body of {@code express.order.create}: one order. Weights in grams; at most five products. */
@CarrierJson
public record CreateOrder(String channelId, String orderNumber, ReceiverInfo receiverInfo, ParcelInfo parcelInfo) {

    /** The most products one order may declare. */
    public static final int MAX_PRODUCTS = 5;

    /** The recipient ({@code country}: two-letter code, UNCONFIRMED field name). */
    @CarrierJson
    public record ReceiverInfo(
            String name,
            String phone,
            String email,
            String company,
            String country,
            String state,
            String city,
            String zipCode,
            String houseNumber,
            String address) {}

    /** What the parcel holds; {@code hasBattery} 1 yes, 0 no. */
    @CarrierJson
    public record ParcelInfo(
            Integer hasBattery,
            String currency,
            BigDecimal totalPrice,
            Integer totalQuantity,
            Integer totalWeight,
            List<Product> productList) {}

    /** One customs line; {@code weight} per piece in grams. */
    @CarrierJson
    public record Product(
            String goodsNameCh,
            String goodsNameEn,
            BigDecimal price,
            Integer quantity,
            Integer weight,
            String hscode) {}
}
