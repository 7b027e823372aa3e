package io.junction.logistics;

import io.junction.persistence.GeneratedId;
import io.junction.secret.SecretCipher;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The carrier adapters present, carrier accounts and logistics methods, and access to them. */
@Service
public class Carriers {

    private final Map<String, CarrierAdapter> adapters;
    private final LogisticsMapper logistics;
    private final SecretCipher cipher;

    public Carriers(List<CarrierAdapter> adapters, LogisticsMapper logistics, SecretCipher cipher) {
        this.adapters = adapters.stream().collect(Collectors.toMap(CarrierAdapter::carrier, Function.identity()));
        this.logistics = logistics;
        this.cipher = cipher;
    }

    public CarrierAdapter adapter(String carrier) {
        CarrierAdapter adapter = adapters.get(carrier);
        if (adapter == null) {
            throw new IllegalStateException("No carrier adapter for " + carrier);
        }
        return adapter;
    }

    /** The codes of the carriers with a registered adapter, sorted. */
    public List<String> carrierCodes() {
        return adapters.keySet().stream().sorted().toList();
    }

    public LogisticsMethod method(long methodId) {
        LogisticsMethod method = logistics.findMethod(methodId);
        if (method == null) {
            throw new IllegalArgumentException("No logistics method " + methodId);
        }
        return method;
    }

    public List<LogisticsMethod> methods() {
        return logistics.findMethods();
    }

    /**
     * How {@code platform} names the carrier of {@code method}: its own mapping where one is set,
     * otherwise the method's default marketplace carrier code and name.
     */
    public MarketplaceCarrier marketplaceCarrier(LogisticsMethod method, String platform) {
        MarketplaceCarrier mapped = logistics.findMarketplaceCarrier(method.id(), platform);
        return mapped != null
                ? mapped
                : new MarketplaceCarrier(method.marketplaceCarrierCode(), method.marketplaceCarrierName());
    }

    @Transactional
    public void mapMarketplaceCarrier(LogisticsMethod method, String platform, MarketplaceCarrier carrier) {
        logistics.insertMarketplaceCarrier(method.id(), platform, carrier);
    }

    public CarrierAccount account(long accountId) {
        CarrierAccount account = logistics.findAccount(accountId);
        if (account == null) {
            throw new IllegalArgumentException("No carrier account " + accountId);
        }
        return account;
    }

    /** The carrier account a logistics method books its parcels with. */
    public CarrierAccount accountOf(long methodId) {
        return account(method(methodId).carrierAccountId());
    }

    /** The account's endpoint and decrypted credentials, for one adapter call. */
    public CarrierAccess access(CarrierAccount account) {
        return new CarrierAccess(
                account.id(), account.carrier(), account.endpoint(), cipher.decrypt(account.credentialsEnc()));
    }

    @Transactional
    public CarrierAccount addAccount(String carrier, String name, String endpoint, Map<String, String> credentials) {
        GeneratedId id = new GeneratedId();
        logistics.insertAccount(id, carrier, name, endpoint, cipher.encrypt(credentials));
        return account(id.get());
    }

    @Transactional
    public LogisticsMethod addMethod(LogisticsMethod method) {
        GeneratedId id = new GeneratedId();
        logistics.insertMethod(id, method);
        return method(id.get());
    }
}
