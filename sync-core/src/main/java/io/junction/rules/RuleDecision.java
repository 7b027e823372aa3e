package io.junction.rules;

import java.util.List;
import java.util.Map;

/**
 * What the rules and checks decided for one order, each change with the rule that made it. Nothing here has
 * been applied yet; a change the order already has (its method, a tag, its priority) is not listed.
 *
 * @param matched every rule that matched and acted (of LOGISTICS rules, the first only)
 * @param method the method to set and the rule that chose it, or null
 * @param addTags each tag to add, with the rule that adds it
 * @param priority the priority to set and the rule that sets it, or null
 * @param failures the checks the order fails: it is held with them (beats any rule's hold and approve)
 * @param hold the rule that holds the order, or null; beats approve
 * @param approve the rule that approves the order, or null (also null when a hold or a check wins)
 * @param cheapest the rule that wants the cheapest method, while no method has been chosen for it (the
 *     carriers' quotes are asked for outside the engine, see {@link RuleRunner}), or null
 */
public record RuleDecision(
        List<Rule> matched,
        Change<Long> method,
        Map<String, Rule> addTags,
        Change<Integer> priority,
        List<CheckFailure> failures,
        Rule hold,
        Rule approve,
        Change<RuleActions.CheapestMethod> cheapest) {

    /** A value a rule sets. */
    public record Change<T>(T value, Rule rule) {}

    public RuleDecision {
        matched = List.copyOf(matched);
        addTags = Map.copyOf(addTags);
        failures = List.copyOf(failures);
    }

    /** Whether applying it changes nothing (matches aside). */
    public boolean changesNothing() {
        return method == null
                && cheapest == null
                && addTags.isEmpty()
                && priority == null
                && failures.isEmpty()
                && hold == null
                && approve == null;
    }
}
