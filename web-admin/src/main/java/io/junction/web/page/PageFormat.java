package io.junction.web.page;

import io.junction.order.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /**
     * History reasons Junction writes with details in them, and their messages; a detail in capitals is a
     * marketplace's code (AMAZON), named as the pages name marketplaces.
     */
    private static final Map<Pattern, String> NOTES = notes(
            "back to review: (.+)", "order.history.back-to-review.detail",
            "allocated: stock reserved, shipping by (.+)", "order.history.allocated.detail",
            "synced from ([A-Z]+) as (.+)", "order.history.synced.detail",
            "paid on ([A-Z]+)", "order.history.paid.detail",
            "ship-to address changed on ([A-Z]+)", "order.history.address-changed.detail",
            "label of (\\S+) printed", "order.history.label-printed.detail",
            "label of (\\S+) reprinted \\(print (\\d+)\\)", "order.history.label-reprinted.detail",
            "set method (.+)", "order.history.rule-method.detail",
            "add tag (.+)", "order.history.rule-tag.detail",
            "set priority (-?\\d+)", "order.history.rule-priority.detail",
            "hold: (.+)", "order.history.rule-hold.detail",
            "tracking number (\\S+) of package (\\S+) entered by hand \\(booked outside Junction\\)",
                    "order.history.manual-tracking.detail",
            "(?s)resend of order (\\S+): (.+)", "order.history.resend-of.detail",
            "(?s)resent as order (\\S+): (.+)", "order.history.resent-as.detail",
            "weight (\\d+) g of package (\\S+) sent to (\\S+)", "order.history.weight-sent.detail",
            "(?s)(\\S+) refused weight (\\d+) g of package (\\S+): (.+)", "order.history.weight-refused.detail",
            "(?s)could not send weight (\\d+) g of package (\\S+) to (\\S+) \\((.+)\\)",
                    "order.history.weight-failed.detail");

    /** Quarantine retry outcomes Junction writes (QuarantineService), each with its platform first. */
    private static final Map<Pattern, String> OUTCOMES = notes(
            "read again from ([A-Z]+) by (.+): order (\\d+)", "quarantine.outcome.read-again",
            "(?s)still unreadable: (.*)", "quarantine.outcome.still-unreadable",
            "([A-Z]+) no longer has order (.+): dismiss it if it needs no order", "quarantine.outcome.gone",
            "(?s)could not ask ([A-Z]+): (.*)", "quarantine.outcome.could-not-ask");

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

    /** A carrier by its name in the reader's language (云途, YunExpress); an unknown one by its code. */
    public String carrier(String code) {
        return named("carrier.", code);
    }

    /**
     * Why a method has no freight quote, in the reader's language where Junction words it ({@code
     * freight.reason.<code>}, the carrier's words inside); a carrier's own refusal as the carrier said it.
     */
    public String freightReason(String code, String reason) {
        if (code == null) {
            return reason == null ? "" : reason;
        }
        return messages.getMessage(
                "freight.reason." + code,
                new Object[] {reason == null ? "" : reason},
                reason == null ? code : reason,
                LocaleContextHolder.getLocale());
    }

    /** A marketplace by its name in the reader's language (亚马逊, Amazon); an unknown one by its code. */
    public String platform(String code) {
        return named("platform.", code);
    }

    /**
     * What a quarantine retry found, as Junction wrote it ("read again from AMAZON by clerk: order 7",
     * "still unreadable: …", "could not ask JD: …"), in the reader's language; the platform's own
     * words inside stay as they came, and any other text is shown as it is.
     */
    public String quarantineOutcome(String stored) {
        if (stored == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> known : OUTCOMES.entrySet()) {
            Matcher m = known.getKey().matcher(stored);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                // the platform is always the first group but in "still unreadable", which has none
                if (!known.getValue().endsWith("still-unreadable")) {
                    args[0] = platform(m.group(1));
                }
                return text(known.getValue(), args);
            }
        }
        return stored;
    }

    /** Where a shipment's confirmation to the marketplace stands: 待回传, 已回传, 回传失败. */
    public String writeBack(Object state) {
        return named("write-back.", state);
    }

    /** Where a package's carrier pre-advice stands (已预报, 预报被拒 …). */
    public String preAdvice(Object state) {
        return named("package.preadvice.", state);
    }

    /** Where a parcel is on its way, as its carrier last said (no tracking yet when null). */
    public String trackingStatus(Object state) {
        return state == null ? text("tracking.status.none") : named("tracking.status.", state);
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
     * "back to review: …", "synced from AMAZON as Unshipped"); what a person or a platform wrote is
     * shown as it is.
     */
    public String note(String stored) {
        if (stored == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> known : NOTES.entrySet()) {
            Matcher m = known.getKey().matcher(stored);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String group = m.group(i + 1);
                    args[i] = group.equals(group.toUpperCase(Locale.ROOT)) ? platform(group) : group;
                }
                return text(known.getValue(), args);
            }
        }
        String key = stored.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String fixed = messages.getMessage("order.history." + key, null, null, LocaleContextHolder.getLocale());
        return fixed != null ? fixed : stored;
    }

    private static Map<Pattern, String> notes(String... patternsAndKeys) {
        Map<Pattern, String> notes = new LinkedHashMap<>();
        for (int i = 0; i < patternsAndKeys.length; i += 2) {
            notes.put(Pattern.compile(patternsAndKeys[i]), patternsAndKeys[i + 1]);
        }
        return notes;
    }

    public String money(String currency, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return (currency == null ? "" : currency + " ")
                + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
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
        return readerZone();
    }

    /** The reader's time zone, in which a date they type (a day of the order list's filter) is read. */
    public static ZoneId readerZone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
