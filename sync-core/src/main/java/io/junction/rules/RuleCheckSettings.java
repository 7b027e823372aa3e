package io.junction.rules;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * What the checks that run with the rules demand ({@code junction.rules.checks.*}); a null value takes its default.
 *
 * @param enabled whether the checks run at all (the rules run either way)
 * @param duplicateWindow orders of the same shop, buyer and address placed this close together are held
 * @param phoneRequiredCountries destinations whose carriers refuse a parcel without the recipient's phone
 * @param latinScriptCarriers carriers (CarrierAdapter codes) that take addresses in Latin script only
 */
@ConfigurationProperties("junction.rules.checks")
public record RuleCheckSettings(
        Boolean enabled,
        Duration duplicateWindow,
        Set<String> phoneRequiredCountries,
        Set<String> latinScriptCarriers) {

    public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofHours(72);

    /** Where the common carriers (YunExpress, 4PX, Yanwen, the posts) refuse a parcel without a phone. */
    public static final Set<String> DEFAULT_PHONE_REQUIRED = Set.of(
            "BR", "MX", "CL", "CO", "PE", "AR", "RU", "UA", "KR", "JP", "SA", "AE", "IL", "TR", "IN", "ID", "MY", "TH",
            "VN", "PH", "SG");

    public static final Set<String> DEFAULT_LATIN_SCRIPT = Set.of("YUNEXPRESS", "FOURPX", "YANWEN");

    @ConstructorBinding
    public RuleCheckSettings {
        enabled = enabled == null || enabled;
        duplicateWindow = duplicateWindow == null ? DEFAULT_DUPLICATE_WINDOW : duplicateWindow;
        phoneRequiredCountries =
                upper(phoneRequiredCountries == null ? DEFAULT_PHONE_REQUIRED : phoneRequiredCountries);
        latinScriptCarriers = upper(latinScriptCarriers == null ? DEFAULT_LATIN_SCRIPT : latinScriptCarriers);
    }

    /** The defaults. */
    public static RuleCheckSettings defaults() {
        return new RuleCheckSettings(null, null, null, null);
    }

    private static Set<String> upper(Set<String> values) {
        return values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
