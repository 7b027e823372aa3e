package io.junction.shop;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A seller's shop on one marketplace. Credentials stay encrypted here; {@link ShopService#access}
 * decrypts them only for a connector call.
 *
 * @param marketplaceIds comma-separated, as stored
 */
public record Shop(
        long id,
        String platform,
        String name,
        String endpoint,
        String authEndpoint,
        String credentialsEnc,
        String marketplaceIds,
        Long defaultLogisticsMethodId,
        boolean enabled,
        Instant createdAt) {

    public List<String> marketplaceIdList() {
        if (marketplaceIds == null || marketplaceIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(marketplaceIds.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Override
    public String toString() {
        return "Shop[id=" + id + ", platform=" + platform + ", name=" + name + "]";
    }
}
