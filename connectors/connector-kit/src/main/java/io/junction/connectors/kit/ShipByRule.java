package io.junction.connectors.kit;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * How a connector works out an order's ship-by deadline where the platform may or may not send one: the
 * first promised time found among {@code promisedFields}, else {@code afterPayment} counted from the
 * payment, else none.
 *
 * <p>A promised field may hold a time in the platform's text format, epoch seconds or milliseconds (as a
 * number or as digits), or a promise relative to payment such as "付款后3天内" or "within 2 days" (days or
 * hours). A value that reads as none of these is passed over rather than quarantining the order, since the
 * field names are settings an operator may have to correct.
 *
 * @param promisedFields the payload's fields carrying a promised ship time, tried in order; a dot walks into
 *     a nested object ({@code promiseInfo.latestShipTime})
 * @param afterPayment the deadline counted from payment when no promised time is present; null for none
 */
public record ShipByRule(List<String> promisedFields, Duration afterPayment) {

    private static final Pattern RELATIVE =
            Pattern.compile("(\\d+)\\s*(天|日|days?|小时|hours?|h\\b)", Pattern.CASE_INSENSITIVE);

    public ShipByRule {
        promisedFields = promisedFields == null ? List.of() : List.copyOf(promisedFields);
        if (afterPayment != null && (afterPayment.isNegative() || afterPayment.isZero())) {
            throw new IllegalArgumentException("afterPayment must be positive: " + afterPayment);
        }
    }

    /** The promised fields that are plain top-level names, to add to a platform's field list. */
    public List<String> topLevelFields() {
        return promisedFields.stream().map(f -> f.split("\\.", 2)[0]).distinct().toList();
    }

    /**
     * A platform's comma-separated field list with the {@linkplain #topLevelFields() top-level promised fields}
     * it does not name yet added at its end, so that a read asks for every field this rule looks at.
     */
    public String addedTo(String fieldList) {
        List<String> named = List.of(fieldList.split(","));
        StringBuilder all = new StringBuilder(fieldList);
        topLevelFields().stream()
                .filter(f -> !named.contains(f))
                .forEach(f -> all.append(',').append(f));
        return all.toString();
    }

    /**
     * The order's ship-by deadline.
     *
     * @param order the platform's order object
     * @param parse reads a time in the platform's text format, throwing {@link DateTimeException} otherwise
     * @param paidAt when the order was paid; null when it is not paid yet
     * @return null when the order has no promised time and is not paid, or no fallback is set
     */
    public Instant shipBy(JsonNode order, Function<String, Instant> parse, Instant paidAt) {
        for (String field : promisedFields) {
            Instant promised = promised(path(order, field), parse, paidAt);
            if (promised != null) {
                return promised;
            }
        }
        return paidAt == null || afterPayment == null ? null : paidAt.plus(afterPayment);
    }

    private static JsonNode path(JsonNode order, String field) {
        JsonNode node = order;
        for (String part : field.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static Instant promised(JsonNode node, Function<String, Instant> parse, Instant paidAt) {
        if (node.isIntegralNumber()) {
            return epoch(node.longValue());
        }
        String value = JsonFields.scalar(node);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().matches("\\d{9,13}")) {
            return epoch(Long.parseLong(value.strip()));
        }
        try {
            return parse.apply(value.strip());
        } catch (DateTimeException e) {
            Matcher relative = RELATIVE.matcher(value);
            if (paidAt == null || !relative.find()) {
                return null;
            }
            long amount = Long.parseLong(relative.group(1));
            String unit = relative.group(2).toLowerCase(java.util.Locale.ROOT);
            return paidAt.plus(
                    unit.startsWith("h") || unit.equals("小时") ? Duration.ofHours(amount) : Duration.ofDays(amount));
        }
    }

    private static Instant epoch(long value) {
        if (value <= 0) {
            return null;
        }
        return value >= 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }
}
