package io.junction.web.order;

import io.junction.web.ApiClient;
import io.junction.web.sku.SkuSheets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A manual shop to enter orders into, and order sheets as a seller fills them in. */
public final class ManualOrderSheets {

    private ManualOrderSheets() {}

    /** A new manual shop shipping with the default logistics method of the marketplace shop {@code like}. */
    public static long manualShop(ApiClient admin, long like) {
        JsonNode shop = null;
        for (JsonNode s : admin.ok(admin.get("/api/v1/shops"))) {
            if (s.get("id").asLong() == like) {
                shop = s;
            }
        }
        return admin.ok(admin.post(
                        "/api/v1/shops",
                        "{\"platform\":\"MANUAL\",\"name\":\"Phone orders " + UUID.randomUUID()
                                + "\",\"endpoint\":\"https://offline.invalid/\",\"credentials\":{},"
                                + "\"defaultLogisticsMethodId\":"
                                + shop.get("defaultLogisticsMethodId").asLong() + "}"))
                .get("id")
                .asLong();
    }

    /** One line of an order to Ada Lovelace in Springfield, in USD at 12.50 a unit; blank cells left out. */
    public static List<String> row(String number, String sku, String quantity, String country) {
        List<String> row = new ArrayList<>();
        for (String column : ManualOrderEntry.COLUMNS) {
            row.add(
                    switch (column) {
                        case "orderNumber" -> number;
                        case "name" -> "Ada Lovelace";
                        case "line1" -> "1 Main St";
                        case "city" -> "Springfield";
                        case "countryCode" -> country;
                        case "currency" -> "USD";
                        case "sku" -> sku;
                        case "title" -> "Mug";
                        case "quantity" -> quantity;
                        case "unitPrice" -> "12.5";
                        default -> "";
                    });
        }
        return row;
    }

    /** The import's .xlsx with these rows. */
    public static byte[] sheet(List<List<String>> rows) throws IOException {
        return SkuSheets.sheet(ManualOrderEntry.COLUMNS, rows);
    }
}
