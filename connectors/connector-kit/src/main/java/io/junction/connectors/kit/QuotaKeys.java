package io.junction.connectors.kit;

import io.junction.channel.ShopAccess;
import io.junction.ratelimit.QuotaKey;

/** Which shared bucket of the {@link io.junction.ratelimit.CallQuota} a shop's call draws from. */
@FunctionalInterface
public interface QuotaKeys {

    QuotaKey key(ShopAccess shop, String operation);

    /**
     * The seller account behind the shop's credentials: a fingerprint of the app and the seller's
     * session (never a secret in clear), so that shops sharing a seller account share its bucket; a
     * shop without a session gets a bucket of its own.
     *
     * @param appCredential the credential naming the app (app key, client id)
     * @param sessionCredential the credential naming the seller's grant (session, access or refresh token)
     */
    static QuotaKeys bySellerAccount(String platform, String appCredential, String sessionCredential) {
        return (shop, operation) -> {
            String session = shop.credential(sessionCredential);
            String account = session == null || session.isBlank()
                    ? "shop-" + shop.shopId()
                    : QuotaKey.fingerprint(shop.credential(appCredential), session);
            return new QuotaKey(platform, account, operation);
        };
    }
}
