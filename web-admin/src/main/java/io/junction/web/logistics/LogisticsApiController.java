package io.junction.web.logistics;

import io.junction.logistics.CarrierAccount;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMapper;
import io.junction.logistics.LogisticsMethod;
import io.junction.logistics.LogisticsSettingsService;
import io.junction.logistics.MarketplaceCarrier;
import io.junction.web.api.ApiInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carrier accounts (credentials go in, never come out) and logistics methods. Everyone who works on orders reads
 * them; an administrator changes them.
 */
@RestController
public class LogisticsApiController {

    /** The key of {@code marketplaceCarriers} that names the carrier for every marketplace without its own. */
    public static final String DEFAULT = "DEFAULT";

    private final LogisticsSettingsService settings;
    private final Carriers carriers;
    private final LogisticsMapper logistics;

    public LogisticsApiController(LogisticsSettingsService settings, Carriers carriers, LogisticsMapper logistics) {
        this.settings = settings;
        this.carriers = carriers;
        this.logistics = logistics;
    }

    /** A carrier with a registered adapter, and the credentials an account of it needs. */
    public record CarrierView(String code, List<String> credentialKeys) {}

    /** An account as it is shown: its credentials' keys, never their values. */
    public record AccountView(long id, String carrierCode, String name, String endpoint, List<String> credentialKeys) {}

    /** An account as it is sent: on a change, {@code credentials} left out keeps the stored ones. */
    public record AccountRequest(String carrierCode, String name, String endpoint, Map<String, String> credentials) {}

    /**
     * A logistics method.
     *
     * @param carrierCode the carrier of its account (read only)
     * @param marketplaceCarriers how marketplaces name its carrier, by platform; {@value #DEFAULT} for all others
     * @param enabled false: it is offered nowhere and a change of method to it is refused
     * @param handoverHours hours from choosing the method until its parcel is handed to the carrier (packing,
     *     the carrier's pick-up cut-off), 0 to {@value #MAX_HANDOVER_HOURS}; the rule action "cheapest method that
     *     meets the ship-by" passes over a method that cannot be handed over before an order's ship-by. Left out:
     *     not set (the method meets any ship-by still ahead)
     */
    public record MethodJson(
            Long id,
            String code,
            String name,
            String carrierCode,
            Long carrierAccountId,
            String serviceCode,
            Map<String, MarketplaceCarrier> marketplaceCarriers,
            Boolean enabled,
            Integer handoverHours) {}

    /** The longest handover a method may state: a month. */
    static final int MAX_HANDOVER_HOURS = 720;

    @Operation(summary = "The carriers Junction can ship with, and the credentials each account needs")
    @GetMapping("/api/v1/carriers")
    public List<CarrierView> carriers() {
        return carriers.carrierCodes().stream()
                .map(c -> new CarrierView(c, carriers.adapter(c).credentialKeys()))
                .toList();
    }

    @Operation(summary = "Carrier accounts (credentials are never returned)")
    @GetMapping("/api/v1/carrier-accounts")
    public List<AccountView> accounts() {
        return settings.accounts().stream().map(this::view).toList();
    }

    @Operation(summary = "A new carrier account; its credentials are encrypted at rest")
    @PostMapping("/api/v1/carrier-accounts")
    @ResponseStatus(HttpStatus.CREATED)
    public AccountView addAccount(@RequestBody AccountRequest request) {
        String carrier = carrier(request.carrierCode());
        checkAccount(request, carrier, true);
        return view(settings.addAccount(
                carrier, request.name().strip(), request.endpoint().strip(), request.credentials()));
    }

    @Operation(summary = "Changes a carrier account; credentials left out are kept")
    @PutMapping("/api/v1/carrier-accounts/{id}")
    public AccountView updateAccount(@PathVariable long id, @RequestBody AccountRequest request) {
        CarrierAccount stored = account(id, "id");
        if (request.carrierCode() != null && !stored.carrier().equals(request.carrierCode())) {
            throw new ApiInputException(
                    "carrierCode", "problems.logistics.carrier.fixed", stored.carrier(), request.carrierCode());
        }
        checkAccount(request, stored.carrier(), request.credentials() != null);
        return view(settings.updateAccount(
                id, request.name().strip(), request.endpoint().strip(), request.credentials()));
    }

    @Operation(summary = "Logistics methods, enabled or not")
    @GetMapping("/api/v1/logistics-methods")
    public List<MethodJson> methods() {
        return settings.methods().stream().map(LogisticsApiController::json).toList();
    }

    @Operation(summary = "A new logistics method on a carrier account")
    @PostMapping("/api/v1/logistics-methods")
    @ResponseStatus(HttpStatus.CREATED)
    public MethodJson addMethod(@RequestBody MethodJson request) {
        LogisticsMethod method = method(0, request);
        return json(settings.addMethod(
                method, byPlatform(request), !Boolean.FALSE.equals(request.enabled()), handoverHours(request)));
    }

    @Operation(summary = "Changes a logistics method (enabled=false switches it off)")
    @PutMapping("/api/v1/logistics-methods/{id}")
    public MethodJson updateMethod(@PathVariable long id, @RequestBody MethodJson request) {
        if (logistics.findMethod(id) == null) {
            throw new java.util.NoSuchElementException("No logistics method " + id);
        }
        LogisticsMethod method = method(id, request);
        return json(settings.updateMethod(
                method, byPlatform(request), !Boolean.FALSE.equals(request.enabled()), handoverHours(request)));
    }

    private AccountView view(CarrierAccount account) {
        List<String> keys = carriers.carrierCodes().contains(account.carrier())
                ? carriers.adapter(account.carrier()).credentialKeys()
                : List.of();
        return new AccountView(account.id(), account.carrier(), account.name(), account.endpoint(), keys);
    }

    private static MethodJson json(LogisticsSettingsService.MethodSetup setup) {
        LogisticsMethod m = setup.method();
        Map<String, MarketplaceCarrier> named = new LinkedHashMap<>();
        named.put(DEFAULT, new MarketplaceCarrier(m.marketplaceCarrierCode(), m.marketplaceCarrierName()));
        named.putAll(setup.marketplaceCarriers());
        return new MethodJson(
                m.id(),
                m.code(),
                m.name(),
                setup.carrier(),
                m.carrierAccountId(),
                m.carrierServiceCode(),
                named,
                setup.enabled(),
                setup.handoverHours());
    }

    private static Integer handoverHours(MethodJson request) {
        Integer hours = request.handoverHours();
        if (hours != null && (hours < 0 || hours > MAX_HANDOVER_HOURS)) {
            throw new ApiInputException("handoverHours", "problems.logistics.handoverHours", hours, MAX_HANDOVER_HOURS);
        }
        return hours;
    }

    private String carrier(String code) {
        if (code == null || !carriers.carrierCodes().contains(code.strip().toUpperCase(Locale.ROOT))) {
            throw new ApiInputException(
                    "carrierCode",
                    "problems.logistics.carrier.unknown",
                    String.valueOf(code),
                    String.join(", ", carriers.carrierCodes()));
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private void checkAccount(AccountRequest request, String carrier, boolean withCredentials) {
        text("name", request.name(), 128);
        text("endpoint", request.endpoint(), 512);
        if (withCredentials) {
            List<String> keys = carriers.adapter(carrier).credentialKeys();
            Map<String, String> given = request.credentials() == null ? Map.of() : request.credentials();
            List<String> missing = keys.stream()
                    .filter(k -> given.get(k) == null || given.get(k).isBlank())
                    .toList();
            if (!missing.isEmpty()) {
                throw new ApiInputException(
                        "credentials", "problems.logistics.credentials.missing", String.join(", ", missing));
            }
        }
    }

    private LogisticsMethod method(long id, MethodJson request) {
        String code = text("code", request.code(), 64);
        String name = text("name", request.name(), 128);
        String service = text("serviceCode", request.serviceCode(), 64);
        if (request.carrierAccountId() == null) {
            throw new ApiInputException("carrierAccountId", "problems.action.missing", "carrierAccountId");
        }
        CarrierAccount account = account(request.carrierAccountId(), "carrierAccountId");
        if (request.carrierCode() != null && !request.carrierCode().equalsIgnoreCase(account.carrier())) {
            throw new ApiInputException(
                    "carrierCode", "problems.logistics.carrier.fixed", account.carrier(), request.carrierCode());
        }
        LogisticsMethod sameCode = logistics.findMethodByCode(code);
        if (sameCode != null && sameCode.id() != id) {
            throw new ApiInputException("code", "problems.logistics.code.taken", code);
        }
        MarketplaceCarrier fallback = request.marketplaceCarriers() == null
                ? null
                : request.marketplaceCarriers().get(DEFAULT);
        if (fallback == null || fallback.code() == null || fallback.code().isBlank()) {
            throw new ApiInputException("marketplaceCarriers", "problems.logistics.default.required", DEFAULT);
        }
        return new LogisticsMethod(
                id, code, name, account.id(), service, fallback.code().strip(), fallback.name());
    }

    private static Map<String, MarketplaceCarrier> byPlatform(MethodJson request) {
        Map<String, MarketplaceCarrier> named = new LinkedHashMap<>();
        request.marketplaceCarriers().forEach((platform, carrier) -> {
            if (DEFAULT.equals(platform)) {
                return;
            }
            if (!platform.matches("[A-Za-z_]{1,32}")
                    || carrier == null
                    || carrier.code() == null
                    || carrier.code().isBlank()) {
                throw new ApiInputException("marketplaceCarriers", "problems.logistics.marketplace.invalid", platform);
            }
            named.put(
                    platform.toUpperCase(Locale.ROOT),
                    new MarketplaceCarrier(carrier.code().strip(), carrier.name()));
        });
        return named;
    }

    private CarrierAccount account(long id, String field) {
        CarrierAccount account = logistics.findAccount(id);
        if (account == null) {
            throw new ApiInputException(field, "problems.logistics.account.unknown", id);
        }
        return account;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ApiInputException(field, "problems.action.missing", field);
        }
        if (value.strip().length() > max) {
            throw new ApiInputException(field, "problems.logistics.tooLong", field, max);
        }
        return value.strip();
    }
}
