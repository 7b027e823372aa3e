package io.junction.carriers.yanwen.simulator;

import io.junction.carriers.kit.simulator.AddressRules;
import io.junction.carriers.yanwen.dto.CreateOrder;
import io.junction.carriers.yanwen.dto.CreateOrder.ParcelInfo;
import io.junction.carriers.yanwen.dto.CreateOrder.ReceiverInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks Yanwen makes on an order; the first problem found is the refusal, as (code, message).
 * Codes and wordings are the simulator's (UNCONFIRMED).
 */
final class OrderRules {

    static final String REQUIRED = "1001";
    static final String CHANNEL = "1002";
    static final String PRODUCTS = "1003";
    static final String POSTCODE = "1004";
    static final String SPECIAL_CHARACTER = "1005";
    static final String DUPLICATE = "1006";

    /** A refusal: Yanwen's code and message. */
    record Refusal(String code, String message) {}

    private OrderRules() {}

    static Optional<Refusal> problem(CreateOrder order, Set<String> channels) {
        if (blank(order.orderNumber())) {
            return refuse(REQUIRED, "订单号不能为空 orderNumber is required");
        }
        if (blank(order.channelId()) || !channels.contains(order.channelId())) {
            return refuse(CHANNEL, "产品不可用 channelId " + order.channelId() + " is not available");
        }
        ParcelInfo parcel = order.parcelInfo();
        if (parcel == null
                || parcel.productList() == null
                || parcel.productList().isEmpty()) {
            return refuse(PRODUCTS, "商品信息不能为空 productList is required");
        }
        if (parcel.productList().size() > CreateOrder.MAX_PRODUCTS) {
            return refuse(PRODUCTS, "商品信息最多5组 productList holds at most 5 products");
        }
        if (parcel.totalWeight() == null || parcel.totalWeight() <= 0) {
            return refuse(REQUIRED, "总重量必须大于0 totalWeight must be greater than 0");
        }
        return receiverProblem(order.receiverInfo());
    }

    private static Optional<Refusal> receiverProblem(ReceiverInfo r) {
        if (r == null) {
            return refuse(REQUIRED, "收件人信息不能为空 receiverInfo is required");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", r.name());
        fields.put("country", r.country());
        fields.put("city", r.city());
        fields.put("address", r.address());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (blank(field.getValue())) {
                return refuse(REQUIRED, "收件人" + field.getKey() + "不能为空 receiver " + field.getKey() + " is required");
            }
        }
        String country = r.country().toUpperCase(Locale.ROOT);
        if (AddressRules.checksPostcode(country) && blank(r.zipCode())) {
            return refuse(REQUIRED, "收件人邮编不能为空 zipCode is required for " + country);
        }
        if (!AddressRules.postcodeFits(country, r.zipCode())) {
            return refuse(POSTCODE, "邮编格式错误 zipCode '" + r.zipCode() + "' is not valid for " + country);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Optional<String> special = AddressRules.specialCharacter(field.getValue());
            if (special.isPresent()) {
                return refuse(
                        SPECIAL_CHARACTER,
                        "收件人" + field.getKey() + "含有特殊字符 receiver " + field.getKey()
                                + " contains the special character '" + special.get() + "'");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String code, String message) {
        return Optional.of(new Refusal(code, message));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
