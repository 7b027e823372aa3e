package io.junction.logistics;

import io.junction.persistence.GeneratedId;
import io.junction.secret.SecretCipher;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrier accounts and logistics methods as an administrator sets them up: credentials encrypted at rest like a
 * shop's and never handed back, methods switched on and off, each marketplace's name for a method's carrier. The
 * carriers on offer are those with a registered adapter ({@link Carriers#carrierCodes()}). Callers check the input
 * (known carrier, every credential key, an existing account) before calling.
 */
@Service
public class LogisticsSettingsService {

    private final Carriers carriers;
    private final LogisticsMapper logistics;
    private final LogisticsMethodMapper settings;
    private final SecretCipher cipher;

    public LogisticsSettingsService(
            Carriers carriers, LogisticsMapper logistics, LogisticsMethodMapper settings, SecretCipher cipher) {
        this.carriers = carriers;
        this.logistics = logistics;
        this.settings = settings;
        this.cipher = cipher;
    }

    /**
     * A method with its carrier, its marketplaces' names for that carrier, whether it may be chosen, and the
     * hours it needs to hand a parcel to its carrier (null: not set; the cheapest-method rule action reads it).
     */
    public record MethodSetup(
            LogisticsMethod method,
            String carrier,
            Map<String, MarketplaceCarrier> marketplaceCarriers,
            boolean enabled,
            Integer handoverHours) {}

    public List<CarrierAccount> accounts() {
        return settings.accounts();
    }

    @Transactional
    public CarrierAccount addAccount(String carrier, String name, String endpoint, Map<String, String> credentials) {
        return carriers.addAccount(carrier, name, endpoint, credentials);
    }

    /** Changes an account; its credentials only when {@code credentials} is not null. */
    @Transactional
    public CarrierAccount updateAccount(long id, String name, String endpoint, Map<String, String> credentials) {
        settings.updateAccount(id, name, endpoint, credentials == null ? null : cipher.encrypt(credentials));
        return carriers.account(id);
    }

    public List<MethodSetup> methods() {
        return carriers.methods().stream().map(this::setup).toList();
    }

    public MethodSetup method(long id) {
        return setup(carriers.method(id));
    }

    @Transactional
    public MethodSetup addMethod(
            LogisticsMethod method,
            Map<String, MarketplaceCarrier> byPlatform,
            boolean enabled,
            Integer handoverHours) {
        GeneratedId id = new GeneratedId();
        logistics.insertMethod(id, method);
        return save(id.get(), byPlatform, enabled, handoverHours);
    }

    @Transactional
    public MethodSetup updateMethod(
            LogisticsMethod method,
            Map<String, MarketplaceCarrier> byPlatform,
            boolean enabled,
            Integer handoverHours) {
        settings.updateMethod(method);
        settings.deleteMarketplaceCarriers(method.id());
        return save(method.id(), byPlatform, enabled, handoverHours);
    }

    private MethodSetup save(
            long id, Map<String, MarketplaceCarrier> byPlatform, boolean enabled, Integer handoverHours) {
        byPlatform.forEach((platform, carrier) -> logistics.insertMarketplaceCarrier(id, platform, carrier));
        settings.setEnabled(id, enabled);
        settings.setHandoverHours(id, handoverHours);
        return method(id);
    }

    private MethodSetup setup(LogisticsMethod method) {
        Map<String, MarketplaceCarrier> named = new java.util.LinkedHashMap<>();
        settings.marketplaceCarriers(method.id())
                .forEach(c -> named.put(c.platform(), new MarketplaceCarrier(c.code(), c.name())));
        return new MethodSetup(
                method,
                carriers.account(method.carrierAccountId()).carrier(),
                named,
                Boolean.TRUE.equals(settings.enabled(method.id())),
                settings.handoverHours(method.id()));
    }
}
