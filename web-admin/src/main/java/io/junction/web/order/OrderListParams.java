package io.junction.web.order;

import io.junction.logistics.TrackingStatus;
import io.junction.order.AllocationBlock;
import io.junction.order.OrderFilter;
import io.junction.order.OrderSort;
import io.junction.order.OrderStatus;
import io.junction.web.api.ApiInputException;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order list's parameters as a reader types them: the query string of {@code GET /api/v1/orders} and of the
 * list page, and the {@code filter} object of a batch action ("all N matching"). Every value is text here and is
 * checked in {@link #toFilter}, so a bad one is refused naming its parameter before anything is read or changed.
 *
 * <p>Times are ISO instants ({@code 2026-12-01T08:00:00Z}) or dates ({@code 2026-12-01}), a date meaning its whole
 * day in the reader's time zone: {@code createdTo=2026-12-01} includes the first of December.
 */
public record OrderListParams(
        String status,
        String block,
        String q,
        String sku,
        String country,
        String shopId,
        String platform,
        String logisticsMethodId,
        String tag,
        String shipByBefore,
        String createdFrom,
        String createdTo,
        String trackingStatus,
        String sort) {

    /** No parameter: every order, in the default order. */
    public static final OrderListParams NONE =
            new OrderListParams(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The same parameters in another tab of the list page: status and block replaced. */
    public OrderListParams inTab(String tabStatus, String tabBlock) {
        return new OrderListParams(
                tabStatus,
                tabBlock,
                q,
                sku,
                country,
                shopId,
                platform,
                logisticsMethodId,
                tag,
                shipByBefore,
                createdFrom,
                createdTo,
                trackingStatus,
                sort);
    }

    /**
     * The parameters given (not blank) by name, as the query string names them: for the links and hidden form
     * fields of a page that keep its filter.
     */
    public Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        for (RecordComponent parameter : OrderListParams.class.getRecordComponents()) {
            String value = valueOf(parameter);
            if (value != null && !value.isBlank()) {
                given.put(parameter.getName(), value.strip());
            }
        }
        return given;
    }

    /** A parameter's value: each is named as its component, so the list and its query string cannot drift apart. */
    private String valueOf(RecordComponent parameter) {
        try {
            return (String) parameter.getAccessor().invoke(this);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The filter these parameters name, times read in {@code zone}; refused naming the first bad parameter. */
    /** The orders the list page shows with these parameters: its tab (and sub-tab) and its filter. */
    public OrderFilter asListed(ZoneId zone) {
        OrderTab tab = OrderTab.fromParameter(status());
        AllocationBlock block = tab == OrderTab.PENDING_ALLOCATION
                ? inTab(null, block()).toFilter(zone).block()
                : null;
        return inTab(null, null).toFilter(zone).inStatus(tab.status()).blocked(block);
    }

    public OrderFilter toFilter(ZoneId zone) {
        return new OrderFilter(
                choice("status", status, OrderStatus.values(), v -> OrderStatus.valueOf(v.toUpperCase(Locale.ROOT))),
                choice(
                        "block",
                        block,
                        AllocationBlock.values(),
                        v -> AllocationBlock.valueOf(v.toUpperCase(Locale.ROOT))),
                parse("shopId", shopId, Long::valueOf),
                parse("platform", platform, v -> v.toUpperCase(Locale.ROOT)),
                parse("q", q, Function.identity()),
                parse("sku", sku, Function.identity()),
                parse("country", country, OrderListParams::countryCode),
                parse("logisticsMethodId", logisticsMethodId, Long::valueOf),
                parse("tag", tag, Function.identity()),
                parse("shipByBefore", shipByBefore, v -> instant(v, zone, false)),
                parse("createdFrom", createdFrom, v -> instant(v, zone, false)),
                parse("createdTo", createdTo, v -> instant(v, zone, true)),
                choice(
                        "trackingStatus",
                        trackingStatus,
                        TrackingStatus.values(),
                        v -> TrackingStatus.valueOf(v.toUpperCase(Locale.ROOT))),
                null);
    }

    /** The sort named by {@code sort}; the default (priority, then newest) when none. */
    public OrderSort toSort() {
        String[] sorts =
                Arrays.stream(OrderSort.values()).map(OrderSort::parameter).toArray(String[]::new);
        OrderSort chosen =
                choice("sort", sort, sorts, v -> OrderSort.ofParameter(v).orElseThrow(IllegalArgumentException::new));
        return chosen == null ? OrderSort.PRIORITY : chosen;
    }

    private static <T> T parse(String parameter, String value, Function<String, T> reader) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return reader.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeException refused) {
            throw new ApiInputException(parameter, "problems.filter.value", parameter, value);
        }
    }

    /** A value of a choice: refused naming the values there are. */
    private static <T> T choice(String parameter, String value, Object[] values, Function<String, T> reader) {
        try {
            return parse(parameter, value, reader);
        } catch (ApiInputException refused) {
            String named = Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
            throw new ApiInputException(parameter, "problems.parameter.choice", parameter, named);
        }
    }

    private static String countryCode(String value) {
        if (!value.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException(value);
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** An instant as given, or a date's start (or, as an end, the next day's start) in the zone. */
    private static Instant instant(String value, ZoneId zone, boolean endOfDay) {
        if (value.length() == 10) {
            LocalDate day = LocalDate.parse(value);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        }
        return Instant.parse(value);
    }
}
