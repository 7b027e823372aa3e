package io.junction.web.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An example of each request body the API takes, by the body's schema name (the record's simple name), or
 * by operation ({@code POST /api/v1/…}) where one schema serves operations that fill it differently. A
 * new request body needs one line here: the OpenAPI test fails while a body has no example.
 */
final class ApiExamples {

    private static final Map<String, Object> BY_OPERATION = Map.of(
            "POST /api/v1/scan-out/packages/{id}/items",
            object("barcode", "6901234567892"),
            "POST /api/v1/skus/import",
            object("file", "skus.xlsx (the columns of GET /api/v1/skus/export)"),
            "POST /api/v1/sku-pairings/import",
            object("file", "sku-pairings.xlsx (the columns of GET /api/v1/sku-pairings/export)"));

    private static final Map<String, Object> BY_SCHEMA = Map.ofEntries(
            Map.entry("OrderIdsRequest", object("orderIds", List.of(1001, 1002), "reason", "缺货，等补货后再发")),
            Map.entry("TrackingChangeRequest", object("trackingNumber", "YT2612345678902", "reason", "面单破损，换单重打")),
            Map.entry("Scan", object("code", "YT2612345678901")),
            Map.entry("Weight", object("grams", 640, "overrideReason", "买家要求加礼盒")),
            Map.entry("SetAside", object("reason", "外箱压坏，需换箱")),
            Map.entry("TokenRequest", object("device", "PDA-03", "days", 30)),
            Map.entry(
                    "StationSettings",
                    object(
                            "stationName",
                            "bench-2",
                            "weighingRequired",
                            true,
                            "weightToleranceGrams",
                            50,
                            "weightTolerancePct",
                            10,
                            "qcRequired",
                            false,
                            "oneScanShip",
                            true)),
            Map.entry("BackfillRequest", object("from", "2026-11-01T00:00:00Z", "to", "2026-11-08T00:00:00Z")),
            Map.entry(
                    "UserChange",
                    object(
                            "username",
                            "packer-li",
                            "password",
                            "换一个长密码-2026",
                            "role",
                            "PACKER",
                            "shopIds",
                            List.of(1))),
            Map.entry(
                    "SkuDraft",
                    object(
                            "code",
                            "MUG-WHT-350",
                            "name",
                            "白色陶瓷杯 350ml",
                            "nameEn",
                            "White mug 350 ml",
                            "barcodes",
                            List.of("6901234567892"),
                            "weightGrams",
                            380,
                            "lengthMm",
                            120,
                            "widthMm",
                            90,
                            "heightMm",
                            100,
                            "declaredNameEn",
                            "Ceramic mug",
                            "declaredNameCn",
                            "陶瓷杯",
                            "declaredValue",
                            4.5,
                            "declaredCurrency",
                            "USD",
                            "hsCode",
                            "691200",
                            "battery",
                            false,
                            "liquid",
                            false,
                            "magnetic",
                            false,
                            "location",
                            "A-01-02",
                            "imageUrl",
                            "https://img.example.com/mug.jpg",
                            "lowStockThreshold",
                            10,
                            "enabled",
                            true)),
            Map.entry(
                    "PairingDraft",
                    object(
                            "platform",
                            "AMAZON",
                            "platformSku",
                            "GIFTSET-MUG2-PLATE",
                            "components",
                            List.of(
                                    object("skuCode", "MUG-WHT-350", "quantity", 2),
                                    object("skuCode", "PLATE-WHT-20", "quantity", 1)))),
            Map.entry(
                    "AcceptRequest",
                    object("pairs", List.of(object("platformSku", "mug-wht-350", "skuCode", "MUG-WHT-350")))),
            Map.entry("Affixes", object("prefixes", List.of("AMZ-"), "suffixes", List.of("-FBA"))),
            Map.entry(
                    "ReceiptRequest",
                    object(
                            "reference",
                            "PO-2026-1206-01",
                            "lines",
                            List.of(
                                    object("barcode", "6901234560015", "quantity", 24, "location", "A-01-01"),
                                    object("skuCode", "JN-TEE-002", "quantity", 10, "location", "A-02-03")))),
            Map.entry("AdjustmentRequest", object("skuCode", "JN-MUG-001", "delta", -2, "reason", "盘点：两只破损")),
            Map.entry("AllocationSetting", object("autoAllocate", true)),
            Map.entry("PasswordRequest", object("password", "换一个长密码-2026")),
            Map.entry("RetryRequest", object("ids", List.of(31, 32))),
            Map.entry("DismissRequest", object("note", "买家已在平台取消，无需建单")),
            Map.entry(
                    "AddShopRequest",
                    object(
                            "platform",
                            "ALIEXPRESS",
                            "name",
                            "速卖通旗舰店",
                            "endpoint",
                            "https://openapi.example.com/sync",
                            "authEndpoint",
                            "https://openapi.example.com/auth",
                            "credentials",
                            object("appKey", "…", "appSecret", "…", "accessToken", "…"),
                            "marketplaceIds",
                            List.of(),
                            "defaultLogisticsMethodId",
                            1)),
            Map.entry(
                    "UpdateShopRequest",
                    object(
                            "name",
                            "速卖通旗舰店（二号）",
                            "endpoint",
                            "https://openapi.example.com/sync",
                            "authEndpoint",
                            "https://openapi.example.com/auth",
                            "marketplaceIds",
                            List.of(),
                            "defaultLogisticsMethodId",
                            1)));

    private ApiExamples() {}

    /** The example body of {@code method} on {@code path}, whose body has schema {@code schema} (may be null). */
    static Optional<Object> requestBody(String method, String path, String schema) {
        Object example = BY_OPERATION.get(method + " " + path);
        if (example == null && schema != null) {
            example = BY_SCHEMA.get(schema);
        }
        return Optional.ofNullable(example);
    }

    /** A JSON object whose keys keep the order given: {@code key, value, key, value, …}. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
