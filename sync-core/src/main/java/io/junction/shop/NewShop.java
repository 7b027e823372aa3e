package io.junction.shop;

import java.util.List;
import java.util.Map;

/** What a person gives to add a shop; credentials in clear only until they are encrypted. */
public record NewShop(
        String platform,
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
        return "NewShop[platform=" + platform + ", name=" + name + ", endpoint=" + endpoint + "]";
    }
}
