package io.junction.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * When a rule applies; every condition left out (null) matches any order. A list matches when the order has
 * any of its values (one of the shops, one of the SKUs, one of the tags). Each condition present is a named
 * policy ({@link #policies()}) that says why it matched or not.
 *
 * @param skuCodes warehouse SKU codes (or the platform's SKU of an unpaired line)
 * @param currency the order total's currency; minTotal and maxTotal compare only orders in it
 * @param minItems units over all lines, inclusive
 * @param minWeightGrams the parcel's weight from the SKUs' weights, inclusive
 * @param shipByWithinHours the platform's ship-by falls within this many hours from now
 * @param skuFlags some line's SKU is one of these ({@link SkuFlag} names)
 */
public record RuleConditions(
        List<Long> shopIds,
        List<String> platforms,
        List<String> countries,
        List<String> skuCodes,
        BigDecimal minTotal,
        BigDecimal maxTotal,
        String currency,
        Integer minItems,
        Integer maxItems,
        Integer minWeightGrams,
        Integer maxWeightGrams,
        Boolean hasBuyerNote,
        Integer shipByWithinHours,
        List<String> tags,
        List<String> skuFlags) {

    /** No condition: every order. */
    public static RuleConditions any() {
        return new RuleConditions(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** One condition of a rule, as a policy over an order's facts at a given time. */
    @FunctionalInterface
    public interface Condition {
        Verdict test(OrderFacts facts, Instant now);
    }

    /** The conditions this rule has, each a policy; an empty list matches every order. */
    public List<Condition> policies() {
        List<Condition> all = new ArrayList<>();
        if (shopIds != null) {
            all.add((f, now) -> oneOf("shopIds", f.order().shopId(), shopIds));
        }
        if (platforms != null) {
            all.add((f, now) -> oneOf("platforms", f.order().platform(), platforms));
        }
        if (countries != null) {
            all.add((f, now) -> oneOf("countries", f.order().shipCountry(), countries));
        }
        if (skuCodes != null) {
            all.add((f, now) -> anyOf(
                    "skuCodes",
                    f.lines().stream()
                            .map(l -> l.skuCode() != null ? l.skuCode() : l.platformSku())
                            .toList(),
                    skuCodes));
        }
        if (currency != null) {
            all.add((f, now) -> oneOf("currency", f.order().currency(), List.of(currency)));
        }
        if (minTotal != null) {
            all.add((f, now) -> total("minTotal", f, minTotal, true));
        }
        if (maxTotal != null) {
            all.add((f, now) -> total("maxTotal", f, maxTotal, false));
        }
        if (minItems != null) {
            all.add((f, now) -> atLeast("minItems", "items", f.items(), minItems));
        }
        if (maxItems != null) {
            all.add((f, now) -> atMost("maxItems", "items", f.items(), maxItems));
        }
        if (minWeightGrams != null) {
            all.add((f, now) -> atLeast("minWeightGrams", "grams", f.weightGrams(), minWeightGrams));
        }
        if (maxWeightGrams != null) {
            all.add((f, now) -> f.weightIncomplete()
                    ? Verdict.missed("maxWeightGrams", "a line has no warehouse SKU, so its weight is unknown")
                    : atMost("maxWeightGrams", "grams", f.weightGrams(), maxWeightGrams));
        }
        if (hasBuyerNote != null) {
            all.add((f, now) -> buyerNote(f, hasBuyerNote));
        }
        if (shipByWithinHours != null) {
            all.add((f, now) -> shipBy(f, now, shipByWithinHours));
        }
        if (tags != null) {
            all.add((f, now) -> anyOf("tags", f.tags(), tags));
        }
        if (skuFlags != null) {
            all.add((f, now) -> anyOf(
                    "skuFlags",
                    f.lines().stream()
                            .flatMap(l -> l.flags().stream())
                            .map(SkuFlag::name)
                            .collect(Collectors.toSet()),
                    skuFlags));
        }
        return all;
    }

    /** What each condition says of the order; the rule matches when every verdict is met. */
    public List<Verdict> test(OrderFacts facts, Instant now) {
        return policies().stream().map(c -> c.test(facts, now)).toList();
    }

    public boolean matches(OrderFacts facts, Instant now) {
        return policies().stream().allMatch(c -> c.test(facts, now).met());
    }

    private static Verdict oneOf(String name, Object value, Collection<?> allowed) {
        boolean met = value != null && allowed.stream().anyMatch(a -> same(a, value));
        return new Verdict(
                name, met, (value == null ? "none" : value) + (met ? " is" : " is not") + " one of " + allowed);
    }

    private static Verdict anyOf(String name, Collection<String> values, Collection<String> wanted) {
        List<String> found = values.stream()
                .filter(v -> wanted.stream().anyMatch(w -> same(w, v)))
                .distinct()
                .toList();
        return found.isEmpty()
                ? Verdict.missed(name, "none of " + values + " is one of " + wanted)
                : Verdict.met(name, found + " among " + wanted);
    }

    private static boolean same(Object a, Object b) {
        return a instanceof String s && b instanceof String t ? s.equalsIgnoreCase(t) : Objects.equals(a, b);
    }

    private Verdict total(String name, OrderFacts f, BigDecimal limit, boolean lower) {
        BigDecimal total = f.order().orderTotal();
        if (total == null) {
            return Verdict.missed(name, "the order has no total");
        }
        if (currency != null && !currency.equalsIgnoreCase(f.order().currency())) {
            return Verdict.missed(name, "the total is in " + f.order().currency() + ", not " + currency);
        }
        boolean met = lower ? total.compareTo(limit) >= 0 : total.compareTo(limit) <= 0;
        return new Verdict(name, met, "total " + total + (met ? " is " : " is not ") + (lower ? "≥ " : "≤ ") + limit);
    }

    private static Verdict atLeast(String name, String unit, int value, int limit) {
        return new Verdict(name, value >= limit, value + " " + unit + (value >= limit ? " ≥ " : " < ") + limit);
    }

    private static Verdict atMost(String name, String unit, int value, int limit) {
        return new Verdict(name, value <= limit, value + " " + unit + (value <= limit ? " ≤ " : " > ") + limit);
    }

    private static Verdict buyerNote(OrderFacts f, boolean wanted) {
        boolean has = f.order().buyerNote() != null && !f.order().buyerNote().isBlank();
        return new Verdict("hasBuyerNote", has == wanted, has ? "the buyer left a note" : "no buyer note");
    }

    private static Verdict shipBy(OrderFacts f, Instant now, int hours) {
        Instant shipBy = f.order().shipBy();
        if (shipBy == null) {
            return Verdict.missed("shipByWithinHours", "the platform sets no ship-by");
        }
        Duration left = Duration.between(now, shipBy);
        boolean met = left.compareTo(Duration.ofHours(hours)) <= 0;
        return new Verdict(
                "shipByWithinHours", met, "ship-by in " + left.toHours() + " h" + (met ? " ≤ " : " > ") + hours + " h");
    }
}
