package io.junction.rules;

import io.junction.money.CurrencyCode;
import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a rule must be before it is stored: the whole draft is checked and every reason listed, each tied to
 * its JSON property and a code of the {@code rules} bundle ({@code rules.refusal.<code>}). The draft comes
 * back normalised (text stripped, countries, currency, platforms and flags in capitals).
 */
final class RuleValidation {

    /** {@code oms_order_history.actor} holds 64 characters, {@code "rule: "} takes six. */
    static final int MAX_NAME = 58;

    static final int MAX_TAG = 64;
    static final int MAX_HOLD = 400;
    static final int MAX_LIST = 500;
    static final int MAX_PRIORITY = 1_000_000;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> FLAGS =
            Arrays.stream(SkuFlag.values()).map(SkuFlag::name).collect(Collectors.toUnmodifiableSet());

    private final List<Problem> problems = new ArrayList<>();

    private RuleValidation() {}

    /** The draft normalised, and every reason it cannot be stored (empty when it can). */
    record Checked(RuleDraft draft, List<Problem> problems) {}

    static Checked check(RuleDraft d, Map<Long, Boolean> methodIds) {
        RuleValidation v = new RuleValidation();
        RuleDraft normalised = v.run(d, methodIds);
        return new Checked(normalised, List.copyOf(v.problems));
    }

    private RuleDraft run(RuleDraft d, Map<Long, Boolean> methodIds) {
        String name = strip(d.name());
        if (name == null || name.isEmpty()) {
            refuse("name", "required", "a rule needs a name");
        } else if (name.length() > MAX_NAME) {
            refuse("name", "tooLong", "at most " + MAX_NAME + " characters", MAX_NAME);
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            refuse("name", "control", "no control characters");
        }
        RuleKind kind = null;
        String kindText = strip(d.kind());
        if (kindText == null) {
            refuse("kind", "required", "say AUDIT or LOGISTICS");
        } else {
            try {
                kind = RuleKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                refuse("kind", "kind", "AUDIT or LOGISTICS, not " + kindText, kindText);
            }
        }
        int priority = d.priority() == null ? 0 : d.priority();
        if (Math.abs((long) priority) > MAX_PRIORITY) {
            refuse(
                    "priority",
                    "range",
                    "between -" + MAX_PRIORITY + " and " + MAX_PRIORITY,
                    -MAX_PRIORITY,
                    MAX_PRIORITY);
        }
        RuleConditions c = conditions(d.conditions() == null ? RuleConditions.any() : d.conditions());
        RuleActions a = actions(d.actions(), kind, methodIds);
        return new RuleDraft(
                name, kind == null ? kindText : kind.name(), priority, d.enabled() == null || d.enabled(), c, a);
    }

    private RuleConditions conditions(RuleConditions c) {
        List<Long> shopIds = list("conditions.shopIds", c.shopIds(), UnaryOperator.identity());
        List<String> platforms = texts("conditions.platforms", c.platforms(), 32, true);
        List<String> countries = texts("conditions.countries", c.countries(), MAX_TAG, true);
        if (countries != null) {
            countries.stream()
                    .filter(x -> !COUNTRY.matcher(x).matches())
                    .forEach(x -> refuse("conditions.countries", "country", "a two-letter country code, not " + x, x));
        }
        List<String> skuCodes = texts("conditions.skuCodes", c.skuCodes(), 128, false);
        String currency = strip(c.currency());
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!CurrencyCode.isKnown(currency)) {
                refuse("conditions.currency", "currency", "an ISO 4217 code such as USD, not " + currency, currency);
            }
        }
        notNegative("conditions.minTotal", c.minTotal());
        notNegative("conditions.maxTotal", c.maxTotal());
        if ((c.minTotal() != null || c.maxTotal() != null) && currency == null) {
            refuse("conditions.currency", "currencyForTotal", "a total is compared in one currency: name it");
        }
        if (c.minTotal() != null && c.maxTotal() != null && c.minTotal().compareTo(c.maxTotal()) > 0) {
            refuse("conditions.minTotal", "minAboveMax", "the minimum is above the maximum");
        }
        range("conditions.minItems", "conditions.maxItems", c.minItems(), c.maxItems());
        range("conditions.minWeightGrams", "conditions.maxWeightGrams", c.minWeightGrams(), c.maxWeightGrams());
        if (c.shipByWithinHours() != null && (c.shipByWithinHours() < 1 || c.shipByWithinHours() > 24 * 365)) {
            refuse("conditions.shipByWithinHours", "range", "between 1 and 8760 hours", 1, 24 * 365);
        }
        List<String> tags = texts("conditions.tags", c.tags(), MAX_TAG, false);
        List<String> flags = texts("conditions.skuFlags", c.skuFlags(), 16, true);
        if (flags != null) {
            flags.stream()
                    .filter(f -> !FLAGS.contains(f))
                    .forEach(f -> refuse(
                            "conditions.skuFlags",
                            "skuFlag",
                            "one of " + FLAGS + ", not " + f,
                            f,
                            String.join(", ", FLAGS)));
        }
        return new RuleConditions(
                shopIds,
                platforms,
                countries,
                skuCodes,
                c.minTotal(),
                c.maxTotal(),
                currency,
                c.minItems(),
                c.maxItems(),
                c.minWeightGrams(),
                c.maxWeightGrams(),
                c.hasBuyerNote(),
                c.shipByWithinHours(),
                tags,
                flags);
    }

    private RuleActions actions(RuleActions a, RuleKind kind, Map<Long, Boolean> methodIds) {
        if (a == null || a.none()) {
            refuse(
                    "actions",
                    "noAction",
                    "a rule must do something: approve, hold, set a method, add tags or set a priority");
            return a;
        }
        String hold = a.hold() == null ? null : a.hold().strip();
        if (hold != null && hold.isEmpty()) {
            refuse("actions.hold", "required", "say why the orders are held: the reason is shown on each order");
        } else if (hold != null && hold.length() > MAX_HOLD) {
            refuse("actions.hold", "tooLong", "at most " + MAX_HOLD + " characters", MAX_HOLD);
        }
        if (a.approves() && hold != null) {
            refuse("actions.approve", "approveAndHold", "a rule cannot both approve and hold");
        }
        RuleActions.CheapestMethod cheapest = cheapest(a.cheapestMethod(), kind, methodIds);
        if (kind == RuleKind.LOGISTICS) {
            if (a.logisticsMethodId() == null && a.cheapestMethod() == null) {
                refuse("actions.logisticsMethodId", "methodRequired", "a logistics rule sets a method");
            }
            if (a.logisticsMethodId() != null && a.cheapestMethod() != null) {
                refuse(
                        "actions.cheapestMethod",
                        "methodAndCheapest",
                        "a rule sets one method or chooses the cheapest, not both");
            }
            if (a.approves() || hold != null) {
                refuse("actions.approve", "reviewInLogistics", "approve and hold belong to review (AUDIT) rules");
            }
        } else if (kind == RuleKind.AUDIT && a.logisticsMethodId() != null) {
            refuse("actions.logisticsMethodId", "methodInAudit", "a method is set by a logistics (LOGISTICS) rule");
        }
        if (a.logisticsMethodId() != null && !methodIds.containsKey(a.logisticsMethodId())) {
            refuse(
                    "actions.logisticsMethodId",
                    "noSuchMethod",
                    "no logistics method " + a.logisticsMethodId(),
                    a.logisticsMethodId());
        } else if (a.logisticsMethodId() != null && !methodIds.get(a.logisticsMethodId())) {
            refuse(
                    "actions.logisticsMethodId",
                    "methodDisabled",
                    "logistics method " + a.logisticsMethodId() + " is switched off",
                    a.logisticsMethodId());
        }
        List<String> tags = texts("actions.addTags", a.addTags(), MAX_TAG, false);
        if (a.priority() != null && Math.abs((long) a.priority()) > MAX_PRIORITY) {
            refuse(
                    "actions.priority",
                    "range",
                    "between -" + MAX_PRIORITY + " and " + MAX_PRIORITY,
                    -MAX_PRIORITY,
                    MAX_PRIORITY);
        }
        return new RuleActions(
                a.approves() ? Boolean.TRUE : null, hold, a.logisticsMethodId(), tags, a.priority(), cheapest);
    }

    /** The cheapest-method action as stored: candidates that exist and are switched on, none listed twice. */
    private RuleActions.CheapestMethod cheapest(
            RuleActions.CheapestMethod c, RuleKind kind, Map<Long, Boolean> methodIds) {
        if (c == null) {
            return null;
        }
        if (kind == RuleKind.AUDIT) {
            refuse("actions.cheapestMethod", "methodInAudit", "a method is set by a logistics (LOGISTICS) rule");
        }
        List<Long> ids = c.methodIds() == null ? null : List.copyOf(new LinkedHashSet<>(c.methodIds()));
        if (ids != null) {
            for (Long id : ids) {
                if (id == null || !methodIds.containsKey(id)) {
                    refuse("actions.cheapestMethod.methodIds", "noSuchMethod", "no logistics method " + id, id);
                } else if (!methodIds.get(id)) {
                    refuse(
                            "actions.cheapestMethod.methodIds",
                            "methodDisabled",
                            "logistics method " + id + " is switched off",
                            id);
                }
            }
        }
        return new RuleActions.CheapestMethod(ids == null || ids.isEmpty() ? null : ids, c.meetsShipByRequired());
    }

    private <T> List<T> list(String field, List<T> values, UnaryOperator<T> normalise) {
        if (values == null) {
            return null;
        }
        if (values.isEmpty()) {
            refuse(field, "emptyList", "leave it out to match any; an empty list would match nothing");
        } else if (values.size() > MAX_LIST) {
            refuse(field, "tooMany", "at most " + MAX_LIST, MAX_LIST);
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            refuse(field, "blank", "no empty entries");
            return values.stream()
                    .filter(java.util.Objects::nonNull)
                    .map(normalise)
                    .distinct()
                    .toList();
        }
        return values.stream().map(normalise).distinct().toList();
    }

    private List<String> texts(String field, List<String> values, int max, boolean upper) {
        List<String> stripped = list(field, values, s -> {
            String t = s.strip();
            return upper ? t.toUpperCase(Locale.ROOT) : t;
        });
        if (stripped == null) {
            return null;
        }
        if (stripped.stream().anyMatch(String::isEmpty)) {
            refuse(field, "blank", "no empty entries");
        }
        stripped.stream()
                .filter(s -> s.length() > max)
                .findFirst()
                .ifPresent(s -> refuse(field, "tooLong", "at most " + max + " characters", max));
        return stripped.stream().filter(s -> !s.isEmpty()).toList();
    }

    private void notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            refuse(field, "negative", "not below zero");
        }
    }

    private void range(String minField, String maxField, Integer min, Integer max) {
        if (min != null && min < 0) {
            refuse(minField, "negative", "not below zero");
        }
        if (max != null && max < 0) {
            refuse(maxField, "negative", "not below zero");
        }
        if (min != null && max != null && min > max) {
            refuse(minField, "minAboveMax", "the minimum is above the maximum");
        }
    }

    private void refuse(String field, String code, String reason, Object... args) {
        problems.add(new Problem(field, field + ": " + reason, Refusal.of(code, args)));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
