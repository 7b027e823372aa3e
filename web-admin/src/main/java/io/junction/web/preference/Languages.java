package io.junction.web.preference;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Junction speaks, Chinese first, and the time zone each starts with. */
public final class Languages {

    /** Simplified Chinese as spoken in mainland China: the default. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    /** Where a Chinese reader's times are shown until they choose: Beijing time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Zones offered on the preferences page; any valid zone id is accepted. */
    public static final List<String> ZONES = List.of(
            "Asia/Shanghai",
            "Asia/Hong_Kong",
            "Asia/Taipei",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Asia/Seoul",
            "Europe/London",
            "Europe/Berlin",
            "Europe/Moscow",
            "America/New_York",
            "America/Chicago",
            "America/Los_Angeles",
            "Australia/Sydney",
            "UTC");

    private Languages() {}

    /** The supported language closest to {@code wanted} (any Chinese → zh-CN, any English → en), or empty. */
    public static Optional<Locale> match(Locale wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst();
    }

    /** A language tag as a form or a cookie sends it ({@code zh-CN}, {@code en}), if Junction speaks it. */
    public static Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return match(Locale.forLanguageTag(tag.strip()));
    }

    /** The time zone a reader of {@code locale} sees until they choose one. */
    public static ZoneId defaultZone(Locale locale) {
        return CHINESE.getLanguage().equals(locale.getLanguage()) ? CHINA : ZoneOffset.UTC;
    }

    /** A zone id if it is one, else empty. */
    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (java.time.DateTimeException notAZone) {
            return Optional.empty();
        }
    }
}
