package io.junction.channel;

import java.util.List;
import java.util.Map;

/**
 * What a connector needs to talk to one shop: where, and with which (decrypted) credentials.
 * {@link #toString()} never prints the credentials.
 *
 * @param endpoint the platform API base (or gateway URL) for this shop: the real platform, its
 *     sandbox or a simulator
 * @param authEndpoint the token endpoint, where the platform has one (Amazon's Login with Amazon)
 */
public record ShopAccess(
        long shopId,
        String platform,
        String endpoint,
        String authEndpoint,
        Map<String, String> credentials,
        List<String> marketplaceIds) {

    public ShopAccess {
        credentials = Map.copyOf(credentials);
        marketplaceIds = List.copyOf(marketplaceIds);
    }

    /** The credential named {@code key}, or a clear error naming only the key. */
    public String credential(String key) {
        String value = credentials.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("shop " + shopId + " has no credential '" + key + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ShopAccess[shopId=" + shopId + ", platform=" + platform + ", endpoint=" + endpoint + ", credentials="
                + credentials.keySet() + "]";
    }
}
