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
            object("file", "sku-pairings.xlsx (the columns of GET /api/v1/sku-pairings/export)"),
            "POST /api/v1/manual-tracking/import",
            object("file", "manual-tracking.xlsx (the columns of GET /api/v1/manual-tracking/template.xlsx)"),
            "POST /api/v1/orders/import",
            object("file", "manual-orders.xlsx (the columns of GET /api/v1/orders/import/template.xlsx)"));

    private static final Map<String, Object> BY_SCHEMA = Map.ofEntries(
            Map.entry("OrderIdsRequest", object("orderIds", List.of(1001, 1002), "reason", "缺货，等补货后再发")),
            Map.entry("BatchActionRequest", object("orderIds", List.of(1001, 1002), "tags", List.of("urgent"))),
            Map.entry(
                    "OrderSelectionRequest",
                    object("filter", object("status", "PENDING_PRINT", "logisticsMethodId", "3"))),
            Map.entry(
                    "AccountRequest",
                    object(
                            "carrierCode",
                            "YUNEXPRESS",
                            "name",
                            "深圳仓云途账号",
                            "endpoint",
                            "https://api.yunexpress.com/",
                            "credentials",
                            object("customerCode", "C0001", "apiSecret", "••••"))),
            Map.entry(
                    "MethodJson",
                    object(
                            "code",
                            "YUN-THPHR",
                            "name",
                            "云途全球专线挂号（标快）",
                            "carrierAccountId",
                            1,
                            "serviceCode",
                            "THPHR",
                            "marketplaceCarriers",
                            object("DEFAULT", object("code", "Yun Express", "name", "Yun Express")),
                            "enabled",
                            true)),
            Map.entry("TrackingChangeRequest", object("trackingNumber", "YT2612345678902", "reason", "面单破损，换单重打")),
            Map.entry("Scan", object("code", "YT2612345678901")),
            Map.entry("OpenRequest", object("carrier", "YUNEXPRESS")),
            Map.entry("ScanRequest", object("code", "YT2612345678901")),
            Map.entry(
                    "ManualTrackingRequest", object("trackingNumber", "SF1234567890123", "packageNo", "JN0000000042")),
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
                    "ReturnRequest",
                    object(
                            "orderId",
                            1001,
                            "reason",
                            "尺码不合适",
                            "lines",
                            List.of(object("orderLineId", 2001, "quantity", 1)))),
            Map.entry(
                    "ReceiveRequest",
                    object(
                            "lines",
                            List.of(
                                    object(
                                            "orderLineId",
                                            2001,
                                            "quantity",
                                            1,
                                            "disposition",
                                            "RESTOCK",
                                            "location",
                                            "R-01-02"),
                                    object("orderLineId", 2002, "quantity", 1, "disposition", "SCRAP")))),
            Map.entry("CloseRequest", object("refundAmount", 59.00, "refundNote", "已在平台全额退款")),
            Map.entry(
                    "ResendRequest",
                    object("reason", "丢件补发", "lines", List.of(object("orderLineId", 2001, "quantity", 1)))),
            Map.entry(
                    "RuleDraft",
                    object(
                            "name",
                            "US small parcels",
                            "kind",
                            "LOGISTICS",
                            "priority",
                            10,
                            "enabled",
                            true,
                            "conditions",
                            object("countries", List.of("US"), "maxWeightGrams", 500, "skuFlags", List.of("BATTERY")),
                            "actions",
                            object("logisticsMethodId", 1, "addTags", List.of("带电小包"), "priority", 1))),
            Map.entry("BlacklistEntryRequest", object("kind", "PHONE", "value", "+1 555 0100", "note", "多次拒收")),
            Map.entry(
                    "ShipToInput",
                    object(
                            "name", "Ada Lovelace",
                            "line1", "1 Main St",
                            "city", "Springfield",
                            "state", "IL",
                            "postalCode", "62701",
                            "countryCode", "US",
                            "phone", "555-0100")),
            Map.entry("QuantitiesRequest", object("lines", List.of(object("lineId", 501, "quantity", 2)))),
            Map.entry("ResolveRequest", object("take", "LOCAL")),
            Map.entry(
                    "SplitRequest",
                    object(
                            "packages",
                            List.of(
                                    List.of(object("lineId", 501, "quantity", 2)),
                                    List.of(
                                            object("lineId", 501, "quantity", 1),
                                            object("lineId", 502, "quantity", 1))))),
            Map.entry(
                    "CustomsRequest",
                    object(
                            "lines",
                            List.of(object(
                                    "packageLineId", 7001,
                                    "nameEn", "Ceramic mug",
                                    "nameCn", "陶瓷杯",
                                    "hsCode", "691200",
                                    "value", 4.5,
                                    "currency", "USD",
                                    "weightGrams", 380)))),
            Map.entry(
                    "NewOrderRequest",
                    object(
                            "shopId",
                            9,
                            "orderNumber",
                            "TEL-20261206-01",
                            "buyerName",
                            "王先生",
                            "shipTo",
                            object(
                                    "name", "Ada Lovelace",
                                    "line1", "1 Main St",
                                    "city", "Springfield",
                                    "countryCode", "US"),
                            "currency",
                            "USD",
                            "lines",
                            List.of(object("sku", "MUG-WHT-350", "title", "白色陶瓷杯", "quantity", 2, "unitPrice", 12.5)))),
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
