package io.junction.shop;

import io.junction.channel.ShopAccess;
import io.junction.persistence.GeneratedId;
import io.junction.secret.SecretCipher;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds shops with their credentials encrypted, and opens a shop's access for a connector call. */
@Service
public class ShopService {

    private final ShopMapper shops;
    private final SecretCipher cipher;
    private final Clock clock;

    public ShopService(ShopMapper shops, SecretCipher cipher, Clock clock) {
        this.shops = shops;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional
    public Shop create(NewShop shop) {
        GeneratedId id = new GeneratedId();
        shops.insert(id, shop, cipher.encrypt(shop.credentials()), clock.instant());
        return shops.findById(id.get());
    }

    public Shop get(long shopId) {
        Shop shop = shops.findById(shopId);
        if (shop == null) {
            throw new NoSuchElementException("No shop " + shopId);
        }
        return shop;
    }

    public List<Shop> all() {
        return shops.findAll();
    }

    public List<Shop> enabled() {
        return shops.findEnabled();
    }

    /** The shop's endpoint and decrypted credentials, for one connector call. */
    public ShopAccess access(Shop shop) {
        return new ShopAccess(shop.id(), shop.platform(), shop.endpoint(), shop.authEndpoint(),
                cipher.decrypt(shop.credentialsEnc()), shop.marketplaceIdList());
    }
}
