package io.junction.rules;

/**
 * A rule as a person or the API asks for it, before it is checked: {@code kind} stays text so that a wrong
 * one is refused with the field named, and absent {@code priority} and {@code enabled} take 0 and true.
 */
public record RuleDraft(
        String name, String kind, Integer priority, Boolean enabled, RuleConditions conditions, RuleActions actions) {}
