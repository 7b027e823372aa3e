package io.junction.shop;

import io.junction.channel.ShopAccess;
import io.junction.persistence.GeneratedId;
import io.junction.secret.SecretCipher;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes, disables and enables shops, with their credentials encrypted, and opens a shop's
 * access for a connector call. {@link #add} and {@link #update} check {@link ShopRules} first and
 * change nothing when a rule refuses. Adding, enabling and disabling publish {@link ShopSyncSwitched}.
 */
@Service
public class ShopService {

    private final ShopMapper shops;
    private final SecretCipher cipher;
    private final Clock clock;
    private final ShopRules rules;
    private final ApplicationEventPublisher events;

    public ShopService(
            ShopMapper shops, SecretCipher cipher, Clock clock, ShopRules rules, ApplicationEventPublisher events) {
        this.shops = shops;
        this.cipher = cipher;
        this.clock = clock;
        this.rules = rules;
        this.events = events;
    }

    /**
     * Adds a shop, or refuses it with every reason: the one way in, for a person's request, the demo
     * and tests alike.
     */
    @Transactional
    public Shop add(NewShop asked) {
        NewShop shop = new NewShop(upper(asked.platform()), trimmed(asked.settings()));
        rules.checkNew(shop);
        GeneratedId id = new GeneratedId();
        try {
            shops.insert(id, shop, cipher.encrypt(shop.settings().credentials()), clock.instant());
        } catch (DuplicateKeyException raced) {
            throw ShopRules.duplicate(shop.platform(), shop.settings().name());
        }
        return switched(id.get());
    }

    /** Changes a shop's name, endpoints, marketplaces and default logistics method; credentials only when given. */
    @Transactional
    public Shop update(long shopId, ShopChange asked) {
        Shop shop = get(shopId);
        ShopChange change = trimmed(asked);
        rules.checkChange(shop, change);
        try {
            shops.update(shopId, change);
        } catch (DuplicateKeyException raced) {
            throw ShopRules.duplicate(shop.platform(), change.name());
        }
        if (change.credentials() != null) {
            shops.updateCredentials(shopId, cipher.encrypt(change.credentials()));
        }
        return get(shopId);
    }

    /** Stops the shop's syncs; its orders stay where they are. */
    @Transactional
    public Shop disable(long shopId) {
        get(shopId);
        shops.setEnabled(shopId, false);
        return switched(shopId);
    }

    @Transactional
    public Shop enable(long shopId) {
        get(shopId);
        shops.setEnabled(shopId, true);
        return switched(shopId);
    }

    /** The shop as stored now, told to whoever follows whether shops sync (the sync schedule, after commit). */
    private Shop switched(long shopId) {
        Shop shop = get(shopId);
        events.publishEvent(new ShopSyncSwitched(shop));
        return shop;
    }

    /** The platforms a shop may be added on. */
    public List<String> platforms() {
        return rules.platforms();
    }

    /** The credential keys a shop on the platform must have. */
    public List<String> credentialKeys(String platform) {
        return rules.credentialKeys(platform);
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
        return new ShopAccess(
                shop.id(),
                shop.platform(),
                shop.endpoint(),
                shop.authEndpoint(),
                cipher.decrypt(shop.credentialsEnc()),
                shop.marketplaceIdList());
    }

    /** The settings with text trimmed (blank becomes null) and blank credentials and marketplaces left out. */
    private static ShopChange trimmed(ShopChange asked) {
        return new ShopChange(
                trim(asked.name()),
                trim(asked.endpoint()),
                trim(asked.authEndpoint()),
                trimmed(asked.credentials()),
                trimmed(asked.marketplaceIds()),
                asked.defaultLogisticsMethodId());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private static List<String> trimmed(List<String> values) {
        return values == null
                ? null
                : values.stream().map(ShopService::trim).filter(v -> v != null).toList();
    }

    private static Map<String, String> trimmed(Map<String, String> credentials) {
        if (credentials == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        credentials.forEach((key, value) -> {
            if (key != null && !key.isBlank() && value != null && !value.isBlank()) {
                out.put(key.trim(), value.trim());
            }
        });
        return out;
    }
}
