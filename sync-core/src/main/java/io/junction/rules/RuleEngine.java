package io.junction.rules;

import io.junction.order.Order;
import io.junction.order.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Decides what the enabled rules and the checks do to one order; pure, so every case is a table row in a test.
 * Rules run by priority, highest first (then oldest). Of LOGISTICS rules the first that matches sets the
 * method, and only on an order not yet allocated; AUDIT rules all apply, and a hold beats an approve. The
 * checks run after the method is chosen (Latin script depends on its carrier) on orders waiting for review,
 * and a failed check holds the order whatever the rules say. Tags and priority apply to any order still in
 * the flow.
 */
public final class RuleEngine {

    /** Orders whose method a rule may still choose: no parcel can exist yet. */
    static final Set<OrderStatus> BEFORE_ALLOCATION =
            EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_ALLOCATION);

    public static final Comparator<Rule> ORDER =
            Comparator.comparingInt(Rule::priority).reversed().thenComparingLong(Rule::id);

    private final RuleChecks checks;

    public RuleEngine(RuleChecks checks) {
        this.checks = checks;
    }

    /**
     * @param rules the rules to apply, in any order; disabled ones are skipped
     * @param carrierOf a logistics method's carrier code (null when there is no such method)
     */
    public RuleDecision decide(
            List<Rule> rules,
            OrderFacts facts,
            List<BlacklistEntry> blacklist,
            LongFunction<String> carrierOf,
            Instant now) {
        return decide(rules, facts, blacklist, carrierOf, now, Map.of());
    }

    /**
     * As above, once the carriers were asked: {@code cheapestChosen} holds, by rule id, the method chosen for a
     * rule whose action is the cheapest method; such a rule then sets that method like any other. A matching
     * rule with no method chosen yet leaves the decision's {@link RuleDecision#cheapest()} set instead.
     */
    public RuleDecision decide(
            List<Rule> rules,
            OrderFacts facts,
            List<BlacklistEntry> blacklist,
            LongFunction<String> carrierOf,
            Instant now,
            Map<Long, Long> cheapestChosen) {
        Order order = facts.order();
        List<Rule> sorted = rules.stream().filter(Rule::enabled).sorted(ORDER).toList();
        List<Rule> matched = new ArrayList<>();
        RuleDecision.Change<Long> method = null;
        RuleDecision.Change<RuleActions.CheapestMethod> cheapest = null;
        Map<String, Rule> tags = new LinkedHashMap<>();
        RuleDecision.Change<Integer> priority = null;
        Rule hold = null;
        Rule approve = null;
        boolean methodChosen = false;
        for (Rule rule : sorted) {
            if (rule.kind() == RuleKind.LOGISTICS && (methodChosen || !BEFORE_ALLOCATION.contains(order.status()))) {
                continue;
            }
            if (rule.kind() == RuleKind.LOGISTICS
                    && rule.actions().logisticsMethodId() != null
                    && carrierOf.apply(rule.actions().logisticsMethodId()) == null) {
                // its method was switched off (or removed) since the rule was saved: the next rule may choose
                continue;
            }
            if (!rule.conditions().matches(facts, now)) {
                continue;
            }
            matched.add(rule);
            RuleActions a = rule.actions();
            if (rule.kind() == RuleKind.LOGISTICS) {
                methodChosen = true;
                Long target = a.logisticsMethodId();
                if (a.cheapestMethod() != null && target == null) {
                    target = cheapestChosen.get(rule.id());
                    if (target == null) {
                        cheapest = new RuleDecision.Change<>(a.cheapestMethod(), rule);
                    }
                }
                if (target != null && !target.equals(order.logisticsMethodId())) {
                    method = new RuleDecision.Change<>(target, rule);
                }
            }
            if (a.addTags() != null && order.status().inFlow()) {
                for (String tag : a.addTags()) {
                    if (!facts.tags().contains(tag)) {
                        tags.putIfAbsent(tag, rule);
                    }
                }
            }
            if (a.priority() != null && priority == null && order.status().inFlow()) {
                priority = new RuleDecision.Change<>(a.priority(), rule);
            }
            if (order.status() == OrderStatus.PENDING_AUDIT) {
                if (a.hold() != null && hold == null) {
                    hold = rule;
                }
                if (a.approves() && approve == null) {
                    approve = rule;
                }
            }
        }
        if (priority != null && priority.value() == order.priority()) {
            priority = null;
        }
        List<CheckFailure> failures = List.of();
        if (checks.enabled() && order.status() == OrderStatus.PENDING_AUDIT) {
            Long methodId = method != null ? method.value() : order.logisticsMethodId();
            String carrier = methodId == null ? null : carrierOf.apply(methodId);
            failures = checks.check(facts.with(order, carrier), blacklist);
        }
        if (!failures.isEmpty()) {
            hold = null;
            approve = null;
        } else if (hold != null) {
            approve = null;
        }
        return new RuleDecision(matched, method, tags, priority, failures, hold, approve, cheapest);
    }
}
