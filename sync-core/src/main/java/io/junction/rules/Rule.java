package io.junction.rules;

import java.time.Instant;

/**
 * A rule as stored.
 *
 * @param priority higher runs first; of LOGISTICS rules the first that matches sets the method
 */
public record Rule(
        long id,
        String name,
        RuleKind kind,
        int priority,
        boolean enabled,
        RuleConditions conditions,
        RuleActions actions,
        String updatedBy,
        Instant updatedAt) {

    /** Who the order history says made a change: {@code rule: <name>}. */
    public String actor() {
        return actor(name);
    }

    public static String actor(String name) {
        return "rule: " + name;
    }
}
