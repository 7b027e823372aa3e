package io.junction.web.rules;

import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException.Problem;
import io.junction.rules.Rule;
import io.junction.rules.RuleActions;
import io.junction.rules.RuleConditions;
import io.junction.rules.RuleDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The rule form as typed: every field text (lists comma-separated), so that a refused form comes back as the
 * person left it (a checkbox left unticked is absent: null, read as false). {@link #draft(List)} reads it into a draft, adding a reason for each number that is none.
 */
public record RuleForm(
        String name,
        String kind,
        String priority,
        Boolean enabled,
        List<Long> shopIds,
        String platforms,
        String countries,
        String skuCodes,
        String minTotal,
        String maxTotal,
        String currency,
        String minItems,
        String maxItems,
        String minWeightGrams,
        String maxWeightGrams,
        String hasBuyerNote,
        String shipByWithinHours,
        String tags,
        List<String> skuFlags,
        Boolean approve,
        String hold,
        String logisticsMethodId,
        String addTags,
        String setPriority,
        Boolean cheapestMethod,
        List<Long> cheapestMethodIds,
        Boolean meetShipBy) {

    static RuleForm empty() {
        return new RuleForm(
                "", "AUDIT", "0", true, List.of(), "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), false,
                "", "", "", "", false, List.of(), true);
    }

    static RuleForm of(Rule r) {
        RuleConditions c = r.conditions();
        RuleActions a = r.actions();
        return new RuleForm(
                r.name(),
                r.kind().name(),
                String.valueOf(r.priority()),
                r.enabled(),
                c.shopIds() == null ? List.of() : c.shopIds(),
                join(c.platforms()),
                join(c.countries()),
                join(c.skuCodes()),
                text(c.minTotal()),
                text(c.maxTotal()),
                text(c.currency()),
                text(c.minItems()),
                text(c.maxItems()),
                text(c.minWeightGrams()),
                text(c.maxWeightGrams()),
                c.hasBuyerNote() == null ? "" : c.hasBuyerNote().toString(),
                text(c.shipByWithinHours()),
                join(c.tags()),
                c.skuFlags() == null ? List.of() : c.skuFlags(),
                a.approves(),
                text(a.hold()),
                text(a.logisticsMethodId()),
                join(a.addTags()),
                text(a.priority()),
                a.cheapestMethod() != null,
                a.cheapestMethod() == null || a.cheapestMethod().methodIds() == null
                        ? List.of()
                        : a.cheapestMethod().methodIds(),
                a.cheapestMethod() == null || a.cheapestMethod().meetsShipByRequired());
    }

    public boolean hasCheapestCandidate(long id) {
        return cheapestMethodIds != null && cheapestMethodIds.contains(id);
    }

    public boolean hasShop(long id) {
        return shopIds != null && shopIds.contains(id);
    }

    public boolean hasFlag(String flag) {
        return skuFlags != null && skuFlags.contains(flag);
    }

    /** The draft the form asks for; a field that is not a number adds its reason to {@code problems}. */
    RuleDraft draft(List<Problem> problems) {
        Integer prio = number(problems, "priority", priority, Integer::valueOf);
        RuleConditions conditions = new RuleConditions(
                shopIds == null || shopIds.isEmpty() ? null : shopIds,
                list(platforms),
                list(countries),
                list(skuCodes),
                number(problems, "conditions.minTotal", minTotal, BigDecimal::new),
                number(problems, "conditions.maxTotal", maxTotal, BigDecimal::new),
                blankToNull(currency),
                number(problems, "conditions.minItems", minItems, Integer::valueOf),
                number(problems, "conditions.maxItems", maxItems, Integer::valueOf),
                number(problems, "conditions.minWeightGrams", minWeightGrams, Integer::valueOf),
                number(problems, "conditions.maxWeightGrams", maxWeightGrams, Integer::valueOf),
                blankToNull(hasBuyerNote) == null ? null : Boolean.valueOf(hasBuyerNote),
                number(problems, "conditions.shipByWithinHours", shipByWithinHours, Integer::valueOf),
                list(tags),
                skuFlags == null || skuFlags.isEmpty() ? null : skuFlags);
        RuleActions actions = new RuleActions(
                Boolean.TRUE.equals(approve) ? Boolean.TRUE : null,
                blankToNull(hold),
                number(problems, "actions.logisticsMethodId", logisticsMethodId, Long::valueOf),
                list(addTags),
                number(problems, "actions.priority", setPriority, Integer::valueOf),
                Boolean.TRUE.equals(cheapestMethod)
                        ? new RuleActions.CheapestMethod(
                                cheapestMethodIds == null || cheapestMethodIds.isEmpty() ? null : cheapestMethodIds,
                                Boolean.TRUE.equals(meetShipBy))
                        : null);
        return new RuleDraft(name, kind, prio == null ? 0 : prio, Boolean.TRUE.equals(enabled), conditions, actions);
    }

    private static <T> T number(List<Problem> problems, String field, String text, Function<String, T> parse) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return parse.apply(t);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, field + ": not a number: " + t, Refusal.of("number", t)));
            return null;
        }
    }

    private static List<String> list(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        List<String> values = new ArrayList<>(Arrays.stream(text.split("[,，\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
        return values.isEmpty() ? null : values;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String join(List<?> values) {
        return values == null
                ? ""
                : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
