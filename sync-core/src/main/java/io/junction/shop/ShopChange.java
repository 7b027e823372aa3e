package io.junction.shop;

import java.util.List;
import java.util.Map;

/**
 * A shop's settings as a person gives them: all of them for a new shop ({@link NewShop}), or what a person
 * changes on a shop. The platform never changes; on a change credentials are replaced, as a whole, only when
 * given (null keeps the stored ones).
 */
public record ShopChange(
        String name,
        String endpoint,
        String authEndpoint,
        Map<String, String> credentials,
        List<String> marketplaceIds,
        Long defaultLogisticsMethodId) {

    public String marketplaceIdsJoined() {
        return marketplaceIds == null ? null : String.join(",", marketplaceIds);
    }

    @Override
    public String toString() {
        return "ShopChange[name=" + name + ", endpoint=" + endpoint + ", credentials "
                + (credentials == null ? "kept" : "replaced") + "]";
    }
}
