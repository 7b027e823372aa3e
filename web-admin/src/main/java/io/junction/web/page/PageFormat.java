package io.junction.web.page;

import io.junction.order.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How times, deadlines, statuses and money read on the pages, used from templates as
 * {@code @pageFormat}. Times are shown in the reader's time zone (their preference, else their
 * language's: Beijing time for Chinese), which the footer and the ship-by columns name.
 */
@Component("pageFormat")
public class PageFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Reasons Junction writes with a detail after them. */
    private static final List<String> NOTE_PREFIXES = List.of("back to review: ", "allocated: stock reserved, shipping by ");

    private final Clock clock;
    private final MessageSource messages;

    public PageFormat(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** The reader's time zone, e.g. {@code Asia/Shanghai}. */
    public String zone() {
        return zoneId().getId();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zoneId()));
    }

    public String timeSeconds(Instant instant) {
        return instant == null ? "" : TIME_SECONDS.format(instant.atZone(zoneId()));
    }

    /** A status by its name in the reader's language, e.g. 待审核; the stored name stays in the badge's title. */
    public String status(OrderStatus status) {
        return status == null ? "" : text("order.status." + status.name());
    }

    /** A marketplace by its name in the reader's language (亚马逊, Amazon); an unknown one by its code. */
    public String platform(String code) {
        return named("platform.", code);
    }

    /** Where a shipment's confirmation to the marketplace stands: 待回传, 已回传, 回传失败. */
    public String writeBack(Object state) {
        return named("write-back.", state);
    }

    /** Where a package's carrier pre-advice stands (已预报, 预报被拒 …). */
    public String preAdvice(Object state) {
        return named("package.preadvice.", state);
    }

    /** Where the cancellation of a stopped order's carrier parcel stands. */
    public String cancellation(Object state) {
        return named("package.cancellation.", state);
    }

    /** A quarantine entry's status: open, resolved, dismissed. */
    public String quarantine(Object state) {
        return named("quarantine.status.", state);
    }

    /** The message {@code prefix + code} in the reader's language, or the code itself when there is none. */
    private String named(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        return messages.getMessage(prefix + name, null, name, LocaleContextHolder.getLocale());
    }

    /**
     * A history reason in the reader's language where Junction wrote it ("reviewed", "label printed",
     * "back to review: …"); what a person or a platform wrote is shown as it is.
     */
    public String note(String stored) {
        if (stored == null) {
            return "";
        }
        for (String prefix : NOTE_PREFIXES) {
            if (stored.startsWith(prefix) && stored.length() > prefix.length()) {
                String rest = stored.substring(prefix.length());
                return text("order.history." + key(prefix) + ".detail", rest);
            }
        }
        String known = messages.getMessage("order.history." + key(stored), null, null, LocaleContextHolder.getLocale());
        return known != null ? known : stored;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public String money(String currency, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return (currency == null ? "" : currency + " ") + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "in 5 h", "2 d late" (还剩 5 小时, 超时 2 天): what a person scanning a list of deadlines needs. */
    public String relative(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), deadline);
        String span = span(left.abs());
        return text(left.isNegative() ? "time.relative.late" : "time.relative.left", span);
    }

    /** A deadline's urgency as a CSS class: overdue, due within a day, or fine. */
    public String urgency(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative()) {
            return "overdue";
        }
        return left.compareTo(Duration.ofHours(24)) < 0 ? "due-soon" : "";
    }

    /** A span of time as a person reads it: "4 min", "2 h", "3 d". */
    public String span(Duration d) {
        if (d.toDays() >= 1) {
            return text("time.span.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return text("time.span.hours", d.toHours());
        }
        return text("time.span.minutes", Math.max(1, d.toMinutes()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static ZoneId zoneId() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
