package io.junction.carriers.fourpx.simulator;

import io.junction.carriers.fourpx.dto.CreateOrderRequest;
import io.junction.carriers.fourpx.dto.CreateOrderRequest.FopParcel;
import io.junction.carriers.fourpx.dto.CreateOrderRequest.RecipientInfo;
import io.junction.carriers.fourpx.dto.FopEnvelope.FopError;
import io.junction.carriers.kit.simulator.AddressRules;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks 4PX makes on a consignment; the first problem found is the error. The codes and wordings
 * (Chinese, then English, as FOP answers with {@code language=cn}) are the simulator's: UNCONFIRMED.
 */
final class ConsignmentValidator {

    static final String REQUIRED = "10001";
    static final String PRODUCT = "10002";
    static final String POSTCODE = "10004";
    static final String SPECIAL_CHARACTER = "10005";
    static final String DUPLICATE = "10006";

    private ConsignmentValidator() {}

    static Optional<FopError> problem(CreateOrderRequest c, Set<String> products) {
        String ref = c.refNo();
        if (blank(ref)) {
            return error(REQUIRED, "参考号不能为空 ref_no is required", ref);
        }
        String product = c.logisticsServiceInfo() == null
                ? null
                : c.logisticsServiceInfo().logisticsProductCode();
        if (blank(product) || !products.contains(product)) {
            return error(PRODUCT, "物流产品不可用 logistics_product_code " + product + " is not available", ref);
        }
        if (c.parcelList() == null || c.parcelList().isEmpty()) {
            return error(REQUIRED, "包裹信息不能为空 parcel_list is required", ref);
        }
        for (FopParcel parcel : c.parcelList()) {
            if (parcel.weight() == null || parcel.weight() <= 0) {
                return error(REQUIRED, "包裹重量必须大于0 weight must be greater than 0", ref);
            }
            if (parcel.declareProductInfo() == null
                    || parcel.declareProductInfo().isEmpty()) {
                return error(REQUIRED, "申报信息不能为空 declare_product_info is required", ref);
            }
        }
        return recipientProblem(c.recipientInfo(), ref);
    }

    private static Optional<FopError> recipientProblem(RecipientInfo r, String ref) {
        if (r == null) {
            return error(REQUIRED, "收件人信息不能为空 recipient_info is required", ref);
        }
        Map<String, String> required = new LinkedHashMap<>();
        required.put("first_name", r.firstName());
        required.put("country", r.country());
        required.put("city", r.city());
        required.put("street", r.street());
        for (Map.Entry<String, String> field : required.entrySet()) {
            if (blank(field.getValue())) {
                return error(
                        REQUIRED, "收件人" + field.getKey() + "不能为空 recipient " + field.getKey() + " is required", ref);
            }
        }
        String country = r.country().toUpperCase(Locale.ROOT);
        if (AddressRules.checksPostcode(country) && blank(r.postCode())) {
            return error(REQUIRED, "收件人邮编不能为空 post_code is required for " + country, ref);
        }
        if (!AddressRules.postcodeFits(country, r.postCode())) {
            return error(POSTCODE, "收件人邮编格式不正确 post_code '" + r.postCode() + "' is not valid for " + country, ref);
        }
        Map<String, String> checked = Map.of(
                "street", r.street(),
                "city", r.city(),
                "first_name", r.firstName(),
                "last_name", r.lastName() == null ? "" : r.lastName());
        for (String field : new String[] {"first_name", "last_name", "street", "city"}) {
            Optional<String> special = AddressRules.specialCharacter(checked.get(field));
            if (special.isPresent()) {
                return error(
                        SPECIAL_CHARACTER,
                        "收件人" + field + "包含特殊字符 " + field + " contains the special character '" + special.get() + "'",
                        ref);
            }
        }
        return Optional.empty();
    }

    private static Optional<FopError> error(String code, String message, String ref) {
        return Optional.of(new FopError(code, message, null, ref));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
