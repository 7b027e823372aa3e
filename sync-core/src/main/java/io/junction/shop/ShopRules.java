package io.junction.shop;

import io.junction.channel.Channels;
import io.junction.logistics.LogisticsMapper;
import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a shop must be before it is stored, as named policies that each answer a reason or nothing.
 * A shop is refused when it is added or changed, not at its first sync.
 */
@Component
public class ShopRules {

    /** No platform given: {@code (platforms)}. */
    public static final String PLATFORM_REQUIRED = "shop-platform-required";
    /** No connector for the platform: {@code (platform, platforms)}. */
    public static final String PLATFORM_UNKNOWN = "shop-platform-unknown";
    /** A blank name: no arguments. */
    public static final String NAME_BLANK = "shop-name-blank";
    /** A value longer than its column: {@code (field, max)}. */
    public static final String TOO_LONG = "shop-too-long";
    /** A name with a control character: no arguments. */
    public static final String NAME_CONTROL = "shop-name-control";
    /** A marketplace id with a comma or control character: no arguments. */
    public static final String MARKETPLACE_ID_BAD = "shop-marketplace-id-bad";
    /** Marketplace ids too long joined: {@code (max)}. */
    public static final String MARKETPLACE_IDS_TOO_LONG = "shop-marketplace-ids-too-long";
    /** A required URL missing: {@code (field)}. */
    public static final String URL_REQUIRED = "shop-url-required";
    /** Plain http to another machine: {@code (field)}. */
    public static final String URL_NOT_HTTPS = "shop-url-not-https";
    /** Not an absolute http(s) URL: {@code (field)}. */
    public static final String URL_BAD = "shop-url-bad";
    /** Credential keys missing: {@code (missing, platform, required)}. */
    public static final String CREDENTIALS_MISSING = "shop-credentials-missing";
    /** Credential keys the platform does not use: {@code (platform, named, allowed)}. */
    public static final String CREDENTIALS_UNKNOWN = "shop-credentials-unknown";
    /** More unknown credential keys than are named: {@code (platform, named, allowed, more)}. */
    public static final String CREDENTIALS_UNKNOWN_MORE = "shop-credentials-unknown-more";
    /** Credential values too long: {@code (max, keys)}. */
    public static final String CREDENTIALS_TOO_LONG = "shop-credentials-too-long";
    /** No such logistics method: {@code (methodId)}. */
    public static final String NO_LOGISTICS_METHOD = "shop-no-logistics-method";
    /** Another shop of the platform has the name: {@code (platform, name)}. */
    public static final String DUPLICATE_NAME = "shop-duplicate-name";

    static final int MAX_NAME = 128;
    static final int MAX_URL = 512;
    /** {@code chn_shop.marketplace_ids} holds the ids joined with commas in this many characters. */
    static final int MAX_MARKETPLACE_IDS = 512;
    /** Far longer than any platform's key, secret or token; a longer value is a mistake, not a credential. */
    static final int MAX_CREDENTIAL = 4096;
    /** How many unknown credential keys a refusal names; the rest are counted. */
    private static final int NAMED_KEYS = 3;

    private final Channels channels;
    private final ShopMapper shops;
    private final LogisticsMapper logistics;

    public ShopRules(Channels channels, ShopMapper shops, LogisticsMapper logistics) {
        this.channels = channels;
        this.shops = shops;
        this.logistics = logistics;
    }

    /** The platforms a shop may be added on: those with a connector, in name order. */
    public List<String> platforms() {
        return channels.platforms();
    }

    /** The credential keys a shop on {@code platform} must have; empty for an unknown platform. */
    public List<String> credentialKeys(String platform) {
        boolean served = platform != null && channels.serves(platform);
        return served ? channels.connector(platform).credentialKeys() : List.of();
    }

    /** Refuses a new shop with every reason at once. */
    void checkNew(NewShop shop) {
        List<Problem> problems = new ArrayList<>();
        boolean known = knownPlatform(shop.platform()).map(problems::add).isEmpty();
        check(shop.platform(), shop.settings(), known, null, problems);
    }

    /** Refuses a change with every reason at once; credentials are checked only when given. */
    void checkChange(Shop shop, ShopChange change) {
        check(shop.platform(), change, change.credentials() != null, shop.id(), new ArrayList<>());
    }

    /**
     * Adds every reason to refuse the settings of a shop on {@code platform} to {@code problems} (the credentials'
     * only when {@code withCredentials}), and refuses the shop when there is any.
     *
     * @param self the shop changed, null for a new one (its own name is not a duplicate)
     */
    private void check(
            String platform, ShopChange settings, boolean withCredentials, Long self, List<Problem> problems) {
        nameGiven(settings.name()).ifPresent(problems::add);
        httpUrl("endpoint", settings.endpoint(), true).ifPresent(problems::add);
        httpUrl("authEndpoint", settings.authEndpoint(), false).ifPresent(problems::add);
        marketplaceIdsFit(settings.marketplaceIds()).ifPresent(problems::add);
        if (withCredentials) {
            credentialsComplete(platform, settings.credentials()).ifPresent(problems::add);
            credentialsKnown(platform, settings.credentials()).ifPresent(problems::add);
        }
        logisticsMethodKnown(settings.defaultLogisticsMethodId()).ifPresent(problems::add);
        refuseIfAny(problems, nameFree(platform, settings.name(), self));
    }

    /** The duplicate-name refusal, also for a race lost to the database's unique key. */
    static ShopRefusedException duplicate(String platform, String name) {
        return new ShopRefusedException(List.of(duplicateName(platform, name)), true);
    }

    private static void refuseIfAny(List<Problem> problems, Optional<Problem> duplicate) {
        duplicate.ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ShopRefusedException(problems, duplicate.isPresent());
        }
    }

    private Optional<Problem> knownPlatform(String platform) {
        if (platform == null || platform.isBlank()) {
            return Optional.of(new Problem(
                    "platform",
                    "platform is required: one of " + String.join(", ", platforms()),
                    Refusal.of(PLATFORM_REQUIRED, String.join(", ", platforms()))));
        }
        if (!channels.serves(platform)) {
            return Optional.of(new Problem(
                    "platform",
                    "unknown platform '" + platform + "': Junction has connectors for "
                            + String.join(", ", platforms()),
                    Refusal.of(PLATFORM_UNKNOWN, platform, String.join(", ", platforms()))));
        }
        return Optional.empty();
    }

    private static Optional<Problem> nameGiven(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(new Problem("name", "name must not be blank", Refusal.of(NAME_BLANK)));
        }
        if (name.length() > MAX_NAME) {
            return Optional.of(new Problem(
                    "name", "name is longer than " + MAX_NAME + " characters", Refusal.of(TOO_LONG, "name", MAX_NAME)));
        }
        if (hasControlCharacter(name)) {
            // a line break in a name would forge lines in the log and break the pages' layout
            return Optional.of(new Problem(
                    "name",
                    "name must not contain control characters such as line breaks or tabs",
                    Refusal.of(NAME_CONTROL)));
        }
        return Optional.empty();
    }

    /** Whether the text holds a control character (C0, DEL, C1) or a line or paragraph separator. */
    public static boolean hasControlCharacter(String text) {
        return text != null
                && text.codePoints()
                        .anyMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029);
    }

    private static Optional<Problem> marketplaceIdsFit(List<String> marketplaceIds) {
        if (marketplaceIds == null) {
            return Optional.empty();
        }
        if (marketplaceIds.stream().anyMatch(id -> id.contains(",") || hasControlCharacter(id))) {
            return Optional.of(new Problem(
                    "marketplaceIds",
                    "a marketplace id must not contain commas or control characters",
                    Refusal.of(MARKETPLACE_ID_BAD)));
        }
        if (String.join(",", marketplaceIds).length() > MAX_MARKETPLACE_IDS) {
            return Optional.of(new Problem(
                    "marketplaceIds",
                    "marketplaceIds joined with commas are longer than " + MAX_MARKETPLACE_IDS + " characters",
                    Refusal.of(MARKETPLACE_IDS_TOO_LONG, MAX_MARKETPLACE_IDS)));
        }
        return Optional.empty();
    }

    private static Optional<Problem> httpUrl(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required
                    ? Optional.of(new Problem(
                            field, field + " is required: an absolute http(s) URL", Refusal.of(URL_REQUIRED, field)))
                    : Optional.empty();
        }
        if (value.length() > MAX_URL) {
            return Optional.of(new Problem(
                    field, field + " is longer than " + MAX_URL + " characters", Refusal.of(TOO_LONG, field, MAX_URL)));
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() != null && scheme.equals("https")) {
                return Optional.empty();
            }
            if (uri.getHost() != null && scheme.equals("http")) {
                // credentials travel in clear over http: only to this machine (tests, simulators)
                return loopback(uri.getHost())
                        ? Optional.empty()
                        : Optional.of(new Problem(
                                field,
                                field
                                        + " must use https; plain http is only for this machine (localhost, 127.0.0.1, [::1])",
                                Refusal.of(URL_NOT_HTTPS, field)));
            }
        } catch (URISyntaxException notAUri) {
            // answered below, without echoing the parser's message
        }
        return Optional.of(new Problem(
                field,
                field + " must be an absolute http(s) URL, e.g. https://sellingpartnerapi-na.amazon.com",
                Refusal.of(URL_BAD, field)));
    }

    /** Whether the host names this machine, without asking any name server. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("[::1]") || h.equals("[0:0:0:0:0:0:0:1]")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private Optional<Problem> credentialsComplete(String platform, Map<String, String> credentials) {
        List<String> required = credentialKeys(platform);
        List<String> missing = required.stream()
                .filter(key -> credentials == null
                        || credentials.get(key) == null
                        || credentials.get(key).isBlank())
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        // Names the keys only, never a value.
        return Optional.of(new Problem(
                "credentials",
                "credentials lack " + String.join(", ", missing) + " (" + platform + " needs "
                        + String.join(", ", required) + ")",
                Refusal.of(CREDENTIALS_MISSING, String.join(", ", missing), platform, String.join(", ", required))));
    }

    /** Only the platform's own keys, each of a sensible length: anything else is a mistake or an abuse. */
    private Optional<Problem> credentialsKnown(String platform, Map<String, String> credentials) {
        if (credentials == null) {
            return Optional.empty();
        }
        List<String> allowed = credentialKeys(platform);
        List<String> unknown = credentials.keySet().stream()
                .filter(key -> !allowed.contains(key))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            String listed =
                    unknown.stream().limit(NAMED_KEYS).map(ShopRules::shortKey).collect(Collectors.joining(", "));
            int more = Math.max(0, unknown.size() - NAMED_KEYS);
            String named = listed + (more > 0 ? " and " + more + " more" : "");
            return Optional.of(new Problem(
                    "credentials",
                    "credentials hold keys " + platform + " does not use: " + named + " (" + platform + " takes "
                            + String.join(", ", allowed) + ")",
                    more == 0
                            ? Refusal.of(CREDENTIALS_UNKNOWN, platform, listed, String.join(", ", allowed))
                            : Refusal.of(
                                    CREDENTIALS_UNKNOWN_MORE, platform, listed, String.join(", ", allowed), more)));
        }
        List<String> tooLong = credentials.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().length() > MAX_CREDENTIAL)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (!tooLong.isEmpty()) {
            // names the keys only, never a value
            return Optional.of(new Problem(
                    "credentials",
                    "credential values are at most " + MAX_CREDENTIAL + " characters: " + String.join(", ", tooLong)
                            + " is longer",
                    Refusal.of(CREDENTIALS_TOO_LONG, MAX_CREDENTIAL, String.join(", ", tooLong))));
        }
        return Optional.empty();
    }

    private static String shortKey(String key) {
        String printable = key.codePoints()
                .map(c -> Character.getType(c) == Character.CONTROL ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= 40 ? "'" + printable + "'" : "'" + printable.substring(0, 39) + "…'";
    }

    private Optional<Problem> logisticsMethodKnown(Long methodId) {
        if (methodId != null && logistics.findMethod(methodId) == null) {
            return Optional.of(new Problem(
                    "defaultLogisticsMethodId",
                    "no logistics method " + methodId,
                    Refusal.of(NO_LOGISTICS_METHOD, methodId)));
        }
        return Optional.empty();
    }

    private Optional<Problem> nameFree(String platform, String name, Long self) {
        if (platform == null || name == null || name.isBlank()) {
            return Optional.empty();
        }
        Shop same = shops.findByName(platform, name);
        return same == null || (self != null && same.id() == self)
                ? Optional.empty()
                : Optional.of(duplicateName(platform, name));
    }

    private static Problem duplicateName(String platform, String name) {
        return new Problem(
                "name",
                "a " + platform + " shop named '" + name + "' already exists",
                Refusal.of(DUPLICATE_NAME, platform, name));
    }
}
