package io.junction.sku;

import java.time.Instant;
import java.util.List;

/**
 * A platform SKU paired with the warehouse SKUs it stands for: one component for a plain listing,
 * "2 × A" for a multi-pack, several for a bundle. Scoped to one shop ({@code shopId}), one platform
 * ({@code platform}) or, with neither, every shop; the narrowest scope that has a pairing wins.
 */
public record Pairing(
        long id,
        Long shopId,
        String platform,
        String platformSku,
        List<Component> components,
        String updatedBy,
        Instant updatedAt) {

    /** {@code quantity} units of warehouse SKU {@code skuCode} for each unit the platform sells. */
    public record Component(long skuId, String skuCode, int quantity) {}

    /** How narrow the scope is: shop 2, platform 1, global 0. */
    public int narrowness() {
        return shopId != null ? 2 : platform != null ? 1 : 0;
    }

    /** Whether the pairing applies to an order of this shop on this platform. */
    public boolean appliesTo(long orderShopId, String orderPlatform) {
        return shopId != null ? shopId == orderShopId : platform == null || platform.equals(orderPlatform);
    }

    /** The stored scope key: one pairing per platform SKU and scope. */
    static String scopeKey(Long shopId, String platform) {
        return shopId != null ? "SHOP:" + shopId : platform != null ? "PLATFORM:" + platform : "GLOBAL";
    }

    /** One row of {@code wms_sku_pairing}, its components read apart. */
    public record Row(long id, Long shopId, String platform, String platformSku, String updatedBy, Instant updatedAt) {}

    /** One component row, with the pairing it belongs to. */
    public record ComponentRow(long pairingId, long skuId, String skuCode, int quantity) {}
}
