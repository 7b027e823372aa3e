package io.junction.web.page;

import io.junction.order.OrderStatus;
import io.junction.web.order.OrderTab;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * How times, deadlines and money read on the pages, used from templates as {@code @pageFormat}.
 * Times are shown in the server's zone, which the footer names.
 */
@Component("pageFormat")
public class PageFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;
    private final ZoneId zone = ZoneId.systemDefault();

    public PageFormat(Clock clock) {
        this.clock = clock;
    }

    public String zone() {
        return zone.getId();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String timeSeconds(Instant instant) {
        return instant == null ? "" : TIME_SECONDS.format(instant.atZone(zone));
    }

    /** A status as its tab names it, e.g. "待审核 To review"; the stored name stays in the badge's title. */
    public String status(OrderStatus status) {
        if (status == null) {
            return "";
        }
        OrderTab tab = OrderTab.valueOf(status.name());
        return tab.chinese() + " " + tab.english();
    }

    public String money(String currency, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return (currency == null ? "" : currency + " ") + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "in 5 h", "2 d late": what a person scanning a list of deadlines needs. */
    public String relative(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), deadline);
        String span = span(left.abs());
        return left.isNegative() ? span + " late" : "in " + span;
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

    private static String span(Duration d) {
        if (d.toDays() >= 1) {
            return d.toDays() + " d";
        }
        if (d.toHours() >= 1) {
            return d.toHours() + " h";
        }
        return Math.max(1, d.toMinutes()) + " min";
    }
}
